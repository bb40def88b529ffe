using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Site.Engine.Documents;
using SkiaSharp;

namespace Site.Content.Images;

/// <summary>One share image: where it is published (root-relative), its cache key, what it says and the file of its photo or drawing (if any).</summary>
public sealed record ShareImage(string Url, string Key, string Title, string Byline, string? HeroFile)
{
    public string OutputPath => Url.TrimStart('/');
}

/// <summary>
/// The share images (Open Graph and Twitter card pictures, 1200×630) of one build: one per page with a hero photo,
/// under <c>/img/share/&lt;the page's path&gt;&lt;hash&gt;.jpg</c>, and the site's default, <c>/img/share/site.&lt;hash&gt;.png</c>.
/// The hash is of everything drawn: the photo's bytes, the title, the byline, the theme's look (colours and font) and
/// the renderer's version; pages ask for URLs (<see cref="For"/>, <see cref="Default"/>: nothing is drawn), the share
/// pipeline for the files (<see cref="Make"/>), taken from <c>&lt;cache&gt;/share/&lt;key&gt;</c> when it holds them.
/// A page's image sits under its own path, so that the traces check of a withdrawn story also covers its picture.
/// Thread-safe.
/// </summary>
public sealed class ShareImages
{
    public const string Folder = "/" + ImageCatalog.OutputFolder + "/share";

    private readonly string mediaFolder;
    private readonly string? cacheFolder;
    private readonly ShareLook look;
    private readonly Lazy<SKTypeface?> typeface;
    private readonly Lazy<ShareImage> fallback;
    private readonly ConcurrentDictionary<string, (string File, byte[] Hash)?> heroes = new(StringComparer.Ordinal);

    // Each SVG hero read once (its file's path → the drawing), however many pages show it.
    private readonly ConcurrentDictionary<string, SvgPicture> drawings = new(StringComparer.Ordinal);
    private int drawn;
    private int cached;

    public ShareImages(string mediaFolder, ShareLook look, string? cacheFolder, string siteTitle, string organizationName)
    {
        this.mediaFolder = mediaFolder;
        this.look = look;
        this.cacheFolder = cacheFolder;
        typeface = new Lazy<SKTypeface?>(() => look.FontPath is { } path ? SKTypeface.FromFile(path) : null);
        fallback = new Lazy<ShareImage>(() => Describe(Folder + "/site.", siteTitle, organizationName, null));
        SiteTitle = siteTitle;
    }

    public string SiteTitle { get; }

    /// <summary>The theme's font file as messages name it.</summary>
    public string FontShownAs { get; init; } = "theme/" + ShareLook.FontFile;

    /// <summary>Whether the theme has a font that Skia can read; without one, share images carry no text.</summary>
    public bool HasFont => typeface.Value is not null;

    /// <summary>How many share images this build drew, and how many it took from the cache.</summary>
    public (int Drawn, int FromCache) Counts => (Volatile.Read(ref drawn), Volatile.Read(ref cached));

    /// <summary>The site's default share image: its title on the theme's colour.</summary>
    public ShareImage Default => fallback.Value;

    /// <summary>
    /// The share image of the page at <paramref name="pageUrl"/>: its title over its hero photo at
    /// <paramref name="heroUrl"/> (<c>/media/...</c>) when that is a photo of input/media that can be read, or an SVG
    /// drawing there that <see cref="SvgCheck"/> passes (drawn by Svg.Skia); else, when <paramref name="always"/> (a
    /// story, an article, an event), its title on the theme's colour; else null, and the page uses
    /// <see cref="Default"/>. A hero that cannot be read is reported where the image is.
    /// </summary>
    public ShareImage? For(string pageUrl, string title, string? heroUrl, bool always = false)
    {
        var hero = heroUrl is not null && heroUrl.StartsWith("/media/", StringComparison.Ordinal) && (ImageCatalog.IsPhoto(heroUrl) || IsDrawing(heroUrl)) && !heroUrl.Contains("..", StringComparison.Ordinal)
            ? heroes.GetOrAdd(heroUrl, url =>
            {
                // Only the image's hash is kept: the bytes are read again when the picture is drawn (a cache miss).
                var file = Path.Combine(mediaFolder, url["/media/".Length..]);
                return File.Exists(file) && File.ReadAllBytes(file) is var bytes && Readable(file, bytes) ? (file, SHA256.HashData(bytes)) : null;
            })
            : null;
        return hero is not null || always ? Describe(Folder + pageUrl, title, SiteTitle, hero) : null;
    }

    /// <summary>The file of <paramref name="image"/>: from the cache when it holds it, else drawn (and then cached).</summary>
    public DocumentContent Make(ShareImage image)
    {
        var cached = cacheFolder is null ? null : Path.Combine(cacheFolder, "share", image.Key + Path.GetExtension(image.Url));
        if (cached is not null && File.Exists(cached))
        {
            Interlocked.Increment(ref this.cached);
            return DocumentContent.FromCacheFile(cached);
        }

        var card = image.HeroFile is not { } file ? new ShareCard(image.Title, image.Byline, null)
            : drawings.TryGetValue(file, out var drawing) ? new ShareCard(image.Title, image.Byline, null, drawing)
            : new ShareCard(image.Title, image.Byline, File.ReadAllBytes(file));
        var bytes = ShareImageRenderer.Render(card, look, typeface.Value);
        Interlocked.Increment(ref drawn);
        if (cached is not null)
        {
            Store(cached, bytes);
        }

        return DocumentContent.FromBytes(bytes);
    }

    private static bool IsDrawing(string path) => path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the hero can be drawn: a photo Skia can read, or an SVG drawing with nothing unsafe in it (then kept, read).</summary>
    private bool Readable(string file, byte[] bytes)
    {
        if (!IsDrawing(file))
        {
            return PhotoEncoder.Measure(bytes) is not null;
        }

        if (SvgPicture.Load(Encoding.UTF8.GetString(bytes)) is not { } drawing)
        {
            return false;
        }

        drawings[file] = drawing;
        return true;
    }

    private ShareImage Describe(string prefix, string title, string byline, (string File, byte[] Hash)? hero)
    {
        var renderer = hero is { File: var file } && IsDrawing(file) ? SvgPicture.Version : PhotoEncoder.Version;
        var parts = $"{ShareImageRenderer.Version};{renderer};{look.Key};{title.Length}:{title};{byline.Length}:{byline};";
        var key = Convert.ToHexStringLower(SHA256.HashData([.. Encoding.UTF8.GetBytes(parts), .. hero?.Hash ?? []]));
        return new ShareImage(prefix + key[..10] + (hero is null ? ".png" : ".jpg"), key, title, byline, hero?.File);
    }

    /// <summary>Writes a cache file whole or not at all; a lost race or a full disk only means no cache.</summary>
    private static void Store(string path, byte[] bytes)
    {
        var temporary = path + ".tmp-" + Guid.NewGuid().ToString("N");
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
                // Nothing more to do: the next build draws the image again.
            }
        }
    }
}
