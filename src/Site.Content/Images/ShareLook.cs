using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using SkiaSharp;

namespace Site.Content.Images;

/// <summary>
/// How share images look: the theme's colours (the custom properties of the first <c>:root</c> rule of
/// <c>assets/css/site.css</c>: <c>--brand</c> for the band, <c>--footer-text</c> for the text on it,
/// <c>--focus-on-dark</c> for the accent line) and the theme's font (<c>fonts/share.ttf</c>). The text colour is
/// kept only when it meets 4.5:1 on the band; otherwise white or black, whichever contrasts more. Never a system font.
/// </summary>
public sealed partial record ShareLook(SKColor Band, SKColor Text, SKColor Accent, string? FontPath, string FontHash)
{
    /// <summary>Where a theme keeps the font of its share images.</summary>
    public const string FontFile = "fonts/share.ttf";

    public static readonly ShareLook Default = new(new SKColor(0x0b, 0x3d, 0x62), SKColors.White, new SKColor(0xfb, 0xbf, 0x24), null, "-");

    /// <summary>What changes the pictures: part of every share image's cache key and fingerprint.</summary>
    public string Key => string.Create(CultureInfo.InvariantCulture, $"band={Band};text={Text};accent={Accent};font={FontHash}");

    /// <summary>The look of the theme at <paramref name="themeRoot"/>; the defaults for what it does not say.</summary>
    public static ShareLook FromTheme(string themeRoot)
    {
        var css = Path.Combine(themeRoot, "assets", "css", "site.css");
        var properties = File.Exists(css) ? RootProperties(File.ReadAllText(css)) : new Dictionary<string, string>();
        var band = Color(properties, "--brand") ?? Default.Band;
        var text = Color(properties, "--footer-text") ?? Default.Text;
        var accent = Color(properties, "--focus-on-dark") ?? Default.Accent;
        if (Contrast(band, text) < 4.5)
        {
            text = Contrast(band, SKColors.White) >= Contrast(band, SKColors.Black) ? SKColors.White : SKColors.Black;
        }

        var font = Path.Combine(themeRoot, FontFile);
        return File.Exists(font)
            ? new ShareLook(band, text, accent, font, Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(font))))
            : new ShareLook(band, text, accent, null, "-");
    }

    /// <summary>The WCAG 2.1 contrast ratio of two opaque colours.</summary>
    public static double Contrast(SKColor a, SKColor b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(SKColor color)
    {
        static double Channel(byte value)
        {
            var c = value / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(color.Red)) + (0.7152 * Channel(color.Green)) + (0.0722 * Channel(color.Blue));
    }

    /// <summary>The custom properties of the stylesheet's first <c>:root</c> rule (the light colours; dark mode comes later in the file).</summary>
    private static Dictionary<string, string> RootProperties(string css)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        var root = RootRule().Match(css);
        if (root.Success)
        {
            foreach (Match property in Property().Matches(root.Groups[1].Value))
            {
                found.TryAdd(property.Groups[1].Value, property.Groups[2].Value.Trim());
            }
        }

        return found;
    }

    private static SKColor? Color(Dictionary<string, string> properties, string name) =>
        properties.TryGetValue(name, out var value) && HexColor().IsMatch(value) && SKColor.TryParse(value, out var color) ? color.WithAlpha(255) : null;

    [GeneratedRegex(@"(?m)^:root\s*\{([^}]*)\}")]
    private static partial Regex RootRule();

    [GeneratedRegex(@"(--[a-z0-9-]+)\s*:\s*([^;]+);")]
    private static partial Regex Property();

    [GeneratedRegex("^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")]
    private static partial Regex HexColor();
}
