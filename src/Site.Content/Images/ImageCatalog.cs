using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Site.Content.Model;
using Site.Engine.Documents;
using Site.Engine.Files;
using SkiaSharp;

namespace Site.Content.Images;

/// <summary>
/// The photos of <c>input/media/</c> (JPEG, PNG and WebP) as the site publishes them, for one build. Pages ask it what
/// an image's sizes and URLs are (<see cref="Find"/>: reads the file and its header, encodes nothing); the media
/// pipeline asks it for the files (<see cref="Make"/>). Every file is encoded by Skia, so none keeps the original's
/// metadata, and cached under <c>&lt;cache&gt;/&lt;key&gt;/</c>, where the key is the hash of the photo's bytes, the image
/// settings and the encoder's version: an unchanged photo is never encoded again. Thread-safe.
/// </summary>
public sealed class ImageCatalog
{
    /// <summary>Where resized images are published: fingerprinted names, so they may be cached for a year.</summary>
    public const string OutputFolder = "img";

    private static readonly Dictionary<string, SKEncodedImageFormat> Formats = new(StringComparer.OrdinalIgnoreCase)
    {
        [".jpg"] = SKEncodedImageFormat.Jpeg,
        [".jpeg"] = SKEncodedImageFormat.Jpeg,
        [".png"] = SKEncodedImageFormat.Png,
        [".webp"] = SKEncodedImageFormat.Webp,
    };

    private readonly string mediaFolder;
    private readonly ImageSettings settings;
    private readonly string? cacheFolder;
    private readonly string settingsKey;
    private readonly Lazy<HashSet<string>> files;
    private readonly ConcurrentDictionary<string, Lazy<ResponsiveImage?>> found = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (int, int)?> svgSizes = new(StringComparer.Ordinal);
    private int encoded;
    private int cached;

    public ImageCatalog(string mediaFolder, ImageSettings settings, string? cacheFolder)
    {
        this.mediaFolder = mediaFolder;
        this.settings = settings;
        this.cacheFolder = cacheFolder;
        settingsKey = $"{PhotoEncoder.Version};q={settings.Quality};w={string.Join(',', settings.EffectiveWidths)}";
        files = new Lazy<HashSet<string>>(() => Directory.Exists(mediaFolder)
            ? SourceTree.Files(mediaFolder).Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal)
            : []);
    }

    /// <summary>How many photos this build encoded, and how many it took from the cache.</summary>
    public (int Encoded, int FromCache) Counts => (Volatile.Read(ref encoded), Volatile.Read(ref cached));

    public static bool IsPhoto(string path) => Formats.ContainsKey(Path.GetExtension(path));

    /// <summary>
    /// The published form of the photo at <paramref name="url"/> (<c>/media/...</c>, root-relative), or null when the
    /// URL is not a photo of <c>input/media/</c> or the file cannot be read as one.
    /// </summary>
    public ResponsiveImage? Find(string url)
    {
        if (!url.StartsWith("/media/", StringComparison.Ordinal) || !IsPhoto(url) || url.Contains("..", StringComparison.Ordinal))
        {
            return null;
        }

        var relative = url["/media/".Length..];
        return files.Value.Contains(relative) ? found.GetOrAdd(relative, r => new Lazy<ResponsiveImage?>(() => Describe(r))).Value : null;
    }

    /// <summary>The size an SVG of <c>input/media/</c> declares (its width and height, else its viewBox), or null.</summary>
    public (int Width, int Height)? FindSvg(string url)
    {
        if (!url.StartsWith("/media/", StringComparison.Ordinal) || !url.EndsWith(".svg", StringComparison.OrdinalIgnoreCase) || url.Contains("..", StringComparison.Ordinal))
        {
            return null;
        }

        var relative = url["/media/".Length..];
        return files.Value.Contains(relative)
            ? svgSizes.GetOrAdd(relative, r => SvgCheck.Check(File.ReadAllText(Path.Combine(mediaFolder, r))) is { Width: { } w, Height: { } h } ? (w, h) : null)
            : null;
    }

    /// <summary>
    /// The files published for <paramref name="image"/>: the original's path with the full-size picture re-encoded in its
    /// own format, and every resized variant; from the cache when it holds them, else encoded (and then cached).
    /// </summary>
    public IReadOnlyList<(string OutputPath, DocumentContent Content)> Make(ResponsiveImage image)
    {
        var full = ("media/" + image.Source["/media/".Length..], Path.GetExtension(image.Source).ToLowerInvariant());
        var wanted = image.Variants.Select(v => (OutputPath: v.Url.TrimStart('/'), Name: $"{v.Width}{Path.GetExtension(v.Url)}", Variant: (ImageVariant?)v))
            .Prepend((OutputPath: full.Item1, Name: "full" + full.Item2, Variant: null))
            .ToList();
        if (cacheFolder is not null)
        {
            var folder = Path.Combine(cacheFolder, image.Key);
            if (wanted.All(w => File.Exists(Path.Combine(folder, w.Name))))
            {
                Interlocked.Increment(ref cached);
                return wanted.Select(w => (w.OutputPath, DocumentContent.FromCacheFile(Path.Combine(folder, w.Name)))).ToList();
            }
        }

        var bytes = File.ReadAllBytes(Path.Combine(mediaFolder, image.Source["/media/".Length..]));
        using var upright = PhotoEncoder.Decode(bytes) ?? throw new InvalidDataException($"{image.Source} can no longer be decoded.");
        var format = Formats[Path.GetExtension(image.Source)];
        var encodings = new Dictionary<(int, SKEncodedImageFormat), byte[]>();
        byte[] Encoded(int width, SKEncodedImageFormat kind) =>
            encodings.TryGetValue((width, kind), out var done) ? done : encodings[(width, kind)] = PhotoEncoder.Encode(upright, width, kind, settings.Quality);
        var made = wanted.Select(w => (w.OutputPath, w.Name, Bytes: Encoded(w.Variant?.Width ?? image.Width, w.Variant is { WebP: true } ? SKEncodedImageFormat.Webp : format))).ToList();
        Interlocked.Increment(ref encoded);
        if (cacheFolder is not null)
        {
            Store(Path.Combine(cacheFolder, image.Key), made.Select(m => (m.Name, m.Bytes)));
        }

        return made.Select(m => (m.OutputPath, DocumentContent.FromBytes(m.Bytes))).ToList();
    }

    private ResponsiveImage? Describe(string relative)
    {
        var bytes = File.ReadAllBytes(Path.Combine(mediaFolder, relative));
        if (PhotoEncoder.Measure(bytes) is not var (width, height, _))
        {
            return null;
        }

        var hash = SHA256.HashData([.. SHA256.HashData(bytes), .. Encoding.UTF8.GetBytes(settingsKey)]);
        var key = Convert.ToHexStringLower(hash);
        var fingerprint = key[..10];
        var extension = Path.GetExtension(relative).ToLowerInvariant();
        var stem = relative[..^Path.GetExtension(relative).Length];
        var widths = settings.EffectiveWidths.Where(w => w < width).ToList();
        if (width <= settings.EffectiveWidths[^1])
        {
            widths.Add(width);
        }

        var variants = new List<ImageVariant>();
        var webpOriginal = extension == ".webp";
        foreach (var w in widths)
        {
            var h = PhotoEncoder.HeightFor(width, height, w);
            variants.Add(new ImageVariant($"/{OutputFolder}/{stem}-{w}.{fingerprint}{extension}", w, h, MimeType(extension), webpOriginal));
            if (!webpOriginal)
            {
                variants.Add(new ImageVariant($"/{OutputFolder}/{stem}-{w}.{fingerprint}.webp", w, h, "image/webp", WebP: true));
            }
        }

        if (webpOriginal)
        {
            // A WebP photo is its own format: offer it as "original" (for src and srcset), with no second WebP set.
            variants = variants.Select(v => v with { WebP = false }).ToList();
        }

        return new ResponsiveImage("/media/" + relative, width, height, key, variants, PhotoMetadata.HasGpsPosition(bytes));
    }

    private static string MimeType(string extension) => extension switch
    {
        ".png" => "image/png",
        ".webp" => "image/webp",
        _ => "image/jpeg",
    };

    /// <summary>Writes a cache entry whole or not at all: into a folder of its own, renamed into place; a lost race or a full disk only means no cache.</summary>
    private static void Store(string folder, IEnumerable<(string Name, byte[] Bytes)> files)
    {
        var temporary = folder + ".tmp-" + Guid.NewGuid().ToString("N");
        try
        {
            Directory.CreateDirectory(temporary);
            foreach (var (name, bytes) in files)
            {
                File.WriteAllBytes(Path.Combine(temporary, name), bytes);
            }

            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            Directory.Move(temporary, folder);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            try
            {
                Directory.Delete(temporary, recursive: true);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
                // Nothing more to do: the next build encodes the photo again.
            }
        }
    }
}
