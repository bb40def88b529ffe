using System.Security.Cryptography;
using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
using MetadataExtractor.Formats.Iptc;
using MetadataExtractor.Formats.Xmp;
using Site.Content.Images;
using Site.Content.Model;
using Site.Engine.Documents;
using Site.Testing;
using Xunit;
using Directory = System.IO.Directory;

namespace Site.Content.Tests;

/// <summary>
/// Photos as the site publishes them, read back with MetadataExtractor (a library the build does not use, so it is an
/// independent judge): no EXIF, GPS, XMP, IPTC, maker notes or thumbnail in any file made from a photo that carries
/// all of them; upright, never enlarged, the same bytes every time, from the cache the second time; the original
/// untouched. Also the GPS detector against MetadataExtractor on every fixture.
/// </summary>
public sealed class PhotoTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Photos", name);

    private static IEnumerable<string> Names() => Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Photos")).Select(f => Path.GetFileName(f)).Where(ImageCatalog.IsPhoto).Order(StringComparer.Ordinal);

    public static TheoryData<string> Fixtures() => new(Names());

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void The_position_check_agrees_with_MetadataExtractor(string name)
    {
        var path = Fixture(name);
        var directories = ImageMetadataReader.ReadMetadata(path);
        var byLibrary = directories.OfType<GpsDirectory>().Any(g => g.GetGeoLocation() is not null)
            || directories.OfType<XmpDirectory>().Any(x => x.XmpMeta?.Properties.Any(p => p.Path?.Contains("GPSLatitude", StringComparison.Ordinal) == true) == true);
        Assert.Equal(byLibrary, PhotoMetadata.HasGpsPosition(File.ReadAllBytes(path)));
    }

    [Fact]
    public void The_fixtures_cover_both_answers_in_every_format()
    {
        var answers = Names().GroupBy(Path.GetExtension).ToDictionary(g => g.Key!, g => g.Select(n => PhotoMetadata.HasGpsPosition(File.ReadAllBytes(Fixture(n)))).Distinct().Count());
        Assert.Equal(2, answers[".jpg"]);
        Assert.Equal(2, answers[".png"]);
        Assert.Equal(2, answers[".webp"]);
    }

    [Fact]
    public void No_published_file_keeps_any_metadata_of_the_original()
    {
        using var temp = new TempDirectory();
        var media = temp.Combine("media");
        Directory.CreateDirectory(media);
        var original = File.ReadAllBytes(Fixture("gps-serial.jpg"));
        Assert.Contains(ImageMetadataReader.ReadMetadata(Fixture("gps-serial.jpg")), d => d is GpsDirectory);
        Assert.Contains(ImageMetadataReader.ReadMetadata(Fixture("gps-serial.jpg")), d => d is ExifThumbnailDirectory);
        foreach (var name in new[] { "gps-serial.jpg", "gps.png", "gps.webp", "xmp-gps.jpg" })
        {
            File.Copy(Fixture(name), Path.Combine(media, name));
        }

        var catalog = new ImageCatalog(media, ImageSettings.Default, null);
        var published = 0;
        foreach (var name in new[] { "gps-serial.jpg", "gps.png", "gps.webp", "xmp-gps.jpg" })
        {
            var image = catalog.Find("/media/" + name)!;
            Assert.True(image.HasGpsPosition, name);
            foreach (var (output, content) in catalog.Make(image))
            {
                var bytes = ((BytesContent)content).Bytes.ToArray();
                var found = ImageMetadataReader.ReadMetadata(new MemoryStream(bytes));
                var kept = found.Where(d => d is ExifDirectoryBase or GpsDirectory or XmpDirectory or IptcDirectory or ExifThumbnailDirectory || d.Name.Contains("Makernote", StringComparison.OrdinalIgnoreCase)).Select(d => d.Name).ToList();
                Assert.True(kept.Count == 0, $"{output} keeps {string.Join(", ", kept)}");
                Assert.True(bytes.AsSpan().IndexOf("SN123456789"u8) < 0, $"{output} keeps the camera's serial number");
                Assert.False(PhotoMetadata.HasGpsPosition(bytes), output);
                published++;
            }
        }

        Assert.True(published >= 4 * 5, $"only {published} files were made");
        Assert.Equal(SHA256.HashData(original), SHA256.HashData(File.ReadAllBytes(Path.Combine(media, "gps-serial.jpg"))));
    }

    [Fact]
    public void Sizes_are_the_settings_widths_below_the_photo_and_never_more()
    {
        using var temp = new TempDirectory();
        var media = temp.Combine("media");
        Directory.CreateDirectory(media);
        File.Copy(Fixture("gps-serial.jpg"), Path.Combine(media, "big.jpg"));
        File.Copy(Fixture("plain.png"), Path.Combine(media, "small.png"));
        var catalog = new ImageCatalog(media, ImageSettings.Default, null);

        var big = catalog.Find("/media/big.jpg")!;
        Assert.Equal((2000, 1500), (big.Width, big.Height));
        Assert.Equal([480, 800, 1200, 1600], big.Original.Select(v => v.Width));
        Assert.Equal([480, 800, 1200, 1600], big.WebP.Select(v => v.Width));
        Assert.Equal([360, 600, 900, 1200], big.Original.Select(v => v.Height));
        Assert.Equal(1200, big.Fallback.Width);

        var small = catalog.Find("/media/small.png")!;
        Assert.Equal([480, 600], small.Original.Select(v => v.Width));
        Assert.All(small.Original, v => Assert.EndsWith(".png", v.Url, StringComparison.Ordinal));
        Assert.All(small.WebP, v => Assert.EndsWith(".webp", v.Url, StringComparison.Ordinal));

        foreach (var (output, content) in catalog.Make(big))
        {
            using var decoded = SkiaSharp.SKBitmap.Decode(((BytesContent)content).Bytes.ToArray());
            var variant = big.Variants.SingleOrDefault(v => v.Url == "/" + output);
            Assert.Equal(variant?.Width ?? 2000, decoded.Width);
            Assert.Equal(variant?.Height ?? 1500, decoded.Height);
        }
    }

    [Fact]
    public void A_sideways_photo_is_published_upright()
    {
        using var temp = new TempDirectory();
        var media = temp.Combine("media");
        Directory.CreateDirectory(media);
        File.Copy(Fixture("rotated.jpg"), Path.Combine(media, "rotated.jpg"));
        var catalog = new ImageCatalog(media, ImageSettings.Default, null);
        var image = catalog.Find("/media/rotated.jpg")!;
        Assert.Equal((480, 640), (image.Width, image.Height));
        var full = catalog.Make(image).Single(f => f.OutputPath == "media/rotated.jpg");
        using var decoded = SkiaSharp.SKBitmap.Decode(((BytesContent)full.Content).Bytes.ToArray());
        Assert.Equal((480, 640), (decoded.Width, decoded.Height));
        Assert.DoesNotContain(ImageMetadataReader.ReadMetadata(new MemoryStream(((BytesContent)full.Content).Bytes.ToArray())), d => d is ExifIfd0Directory);
    }

    [Fact]
    public void The_same_photo_gives_the_same_bytes_and_the_second_build_takes_them_from_the_cache()
    {
        using var temp = new TempDirectory();
        var media = temp.Combine("media");
        Directory.CreateDirectory(media);
        File.Copy(Fixture("gps-serial.jpg"), Path.Combine(media, "photo.jpg"));
        var cache = temp.Combine("cache");

        static Dictionary<string, byte[]> Files(ImageCatalog catalog) =>
            catalog.Make(catalog.Find("/media/photo.jpg")!).ToDictionary(f => f.OutputPath, f => f.Content switch
            {
                BytesContent b => b.Bytes.ToArray(),
                FileContent file => File.ReadAllBytes(file.FullPath),
                _ => throw new InvalidOperationException(),
            });

        var uncached = Files(new ImageCatalog(media, ImageSettings.Default, null));
        var first = new ImageCatalog(media, ImageSettings.Default, cache);
        var cold = Files(first);
        Assert.Equal((1, 0), first.Counts);
        var second = new ImageCatalog(media, ImageSettings.Default, cache);
        var warm = Files(second);
        Assert.Equal((0, 1), second.Counts);
        Assert.Equal(uncached.Keys.Order(), warm.Keys.Order());
        foreach (var (path, bytes) in uncached)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(cold[path]), path);
            Assert.True(bytes.AsSpan().SequenceEqual(warm[path]), path);
        }

        // Other settings are another key: nothing of the first entry is used for them.
        var other = new ImageCatalog(media, ImageSettings.Default with { Quality = 60 }, cache);
        Assert.NotEqual(first.Find("/media/photo.jpg")!.Key, other.Find("/media/photo.jpg")!.Key);
        Files(other);
        Assert.Equal((1, 0), other.Counts);
    }

    [Fact]
    public void A_file_that_is_not_a_photo_is_not_found()
    {
        using var temp = new TempDirectory();
        var media = temp.Combine("media");
        Directory.CreateDirectory(media);
        File.WriteAllText(Path.Combine(media, "fake.jpg"), "this is text");
        var catalog = new ImageCatalog(media, ImageSettings.Default, null);
        Assert.Null(catalog.Find("/media/fake.jpg"));
        Assert.Null(catalog.Find("/media/missing.jpg"));
        Assert.Null(catalog.Find("/media/../fake.jpg"));
        Assert.Null(catalog.Find("/assets/fake.jpg"));
    }

    [Fact]
    public void The_position_check_never_throws_on_damaged_files()
    {
        var seeds = Names().Select(n => File.ReadAllBytes(Fixture(n))).ToArray();
        // A fixed seed: the same damaged files on every run.
        var random = new Random(20261201);
        for (var i = 0; i < 3000; i++)
        {
            var seed = seeds[random.Next(seeds.Length)];
            var bytes = seed.AsSpan(0, random.Next(seed.Length + 1)).ToArray();
            var noise = new byte[random.Next(64)];
            random.NextBytes(noise);
            var place = random.Next(bytes.Length + 1);
            noise.AsSpan(0, Math.Min(noise.Length, bytes.Length - place)).CopyTo(bytes.AsSpan(place));
            PhotoMetadata.HasGpsPosition(bytes);
            PhotoEncoder.Measure(bytes);
        }
    }
}
