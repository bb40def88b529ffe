using System.Security.Cryptography;
using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
using MetadataExtractor.Formats.Iptc;
using MetadataExtractor.Formats.Xmp;
using Site.Content.Model;
using Site.Testing;
using Xunit;
using Directory = System.IO.Directory;

namespace Site.Build.Tests;

/// <summary>
/// The photos golden case built as a deploy builds it: every published JPEG, PNG and WebP read back with
/// MetadataExtractor holds no metadata block, although the hero photo in input/ carries GPS and a camera serial
/// number; input/ is unchanged; a second build with the cache encodes nothing and writes the same bytes; _headers
/// gives resized photos a year and media a week.
/// </summary>
public sealed class PhotoBuildTests
{
    private static readonly string Case = Repository.PathTo("tests", "Site.Build.Tests", "Cases", "photos");

    [Fact]
    public async Task Published_photos_carry_no_metadata_and_the_originals_are_untouched()
    {
        using var temp = new TempDirectory();
        temp.CopyIn(Path.Combine(Case, "input"), "site/input");
        var hero = temp.Combine("site", "input", "media", "garden-path.jpg");
        var before = Hashes(temp.Combine("site", "input"));
        Assert.Contains(ImageMetadataReader.ReadMetadata(hero), d => d is GpsDirectory);
        Assert.True(File.ReadAllBytes(hero).AsSpan().IndexOf("SN55501"u8) >= 0);

        var result = await Build(temp.Combine("site"), temp.Combine("out"), cache: null);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        var photos = Directory.GetFiles(temp.Combine("out"), "*", SearchOption.AllDirectories).Where(f => Path.GetExtension(f) is ".jpg" or ".png" or ".webp").ToList();
        Assert.True(photos.Count >= 14, $"only {photos.Count} photos published");
        foreach (var photo in photos)
        {
            var blocks = ImageMetadataReader.ReadMetadata(photo)
                .Where(d => d is ExifDirectoryBase or GpsDirectory or XmpDirectory or IptcDirectory or ExifThumbnailDirectory || d.Name.Contains("Makernote", StringComparison.OrdinalIgnoreCase))
                .Select(d => d.Name).ToList();
            Assert.True(blocks.Count == 0, $"{photo} keeps {string.Join(", ", blocks)}");
            Assert.True(File.ReadAllBytes(photo).AsSpan().IndexOf("SN55501"u8) < 0, $"{photo} keeps the serial number");
        }

        Assert.Equal(before, Hashes(temp.Combine("site", "input")));
    }

    [Fact]
    public async Task A_second_build_takes_every_photo_from_the_cache_and_writes_the_same_bytes()
    {
        using var temp = new TempDirectory();
        temp.CopyIn(Path.Combine(Case, "input"), "site/input");
        var cache = temp.Combine("cache");

        var cold = await Build(temp.Combine("site"), temp.Combine("one"), cache);
        Assert.Equal((2, 0), cold.Photos);
        var warm = await Build(temp.Combine("site"), temp.Combine("two"), cache);
        Assert.Equal((0, 2), warm.Photos);
        var none = await Build(temp.Combine("site"), temp.Combine("three"), cache: null);
        Assert.Equal((2, 0), none.Photos);

        var one = Hashes(temp.Combine("one"));
        Assert.Equal(one, Hashes(temp.Combine("two")));
        Assert.Equal(one, Hashes(temp.Combine("three")));
    }

    [Fact]
    public void Resized_photos_are_cached_for_a_year_and_media_for_a_week()
    {
        var headers = File.ReadAllText(Path.Combine(Case, "expected", "_headers"));
        Assert.Contains("/img/*\n  Cache-Control: public, max-age=31536000, immutable\n", headers, StringComparison.Ordinal);
        Assert.Contains("/media/*\n  Cache-Control: public, max-age=604800\n", headers, StringComparison.Ordinal);
        Assert.All(Directory.GetFiles(Path.Combine(Case, "expected", "img")), f => Assert.Matches(@"-\d+\.[0-9a-f]{10}\.(jpg|png|webp)$", f));
    }

    private static Task<BuildResult> Build(string folder, string output, string? cache) =>
        new SiteBuild(
            new BuildOptions { WorkingDirectory = folder, Theme = Repository.PathTo("theme"), Output = output, Today = new DateOnly(2026, 11, 25), Context = DeployContext.Production, ImageCache = cache },
            FixedClock.On(2026, 11, 25)).RunAsync();

    private static Dictionary<string, string> Hashes(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));
}
