using SkiaSharp;

namespace Site.Content.Images;

/// <summary>What one share image shows: a title, the site's name below it, and optionally a photo behind.</summary>
/// <param name="Title">The big text: a page's title, or the site's on the default image.</param>
/// <param name="Byline">The small text: the site's title (on a page's image) or the organization's name (on the default).</param>
/// <param name="Hero">The photo's (or drawing's) file bytes, or null for a card in the theme's colour only.</param>
/// <param name="Drawing">An SVG drawing to show instead of a photo (then <paramref name="Hero"/> is null).</param>
public sealed record ShareCard(string Title, string Byline, byte[]? Hero, SvgPicture? Drawing = null);

/// <summary>
/// Draws a 1200×630 share image with SkiaSharp. With a photo (or an SVG drawing, drawn by Svg.Skia): the photo cover-cropped to the whole picture, and a
/// solid band of the theme's colour across the bottom holding the byline and the title (so the text's contrast is the
/// band's, never the photo's). Without: the band's colour everywhere, the title large. The title wraps at word
/// boundaries; it is made smaller while it needs more lines than fit, and the last line that fits ends with an
/// ellipsis. Text the font has no glyphs for is left out rather than drawn as boxes. The same card, look and Skia give
/// the same bytes.
/// </summary>
public static class ShareImageRenderer
{
    public const int Width = 1200;
    public const int Height = 630;

    /// <summary>The space kept free of text on every side.</summary>
    public const int Margin = 64;

    /// <summary>Changes whenever the drawing changes, so that cached images made by another version are not used.</summary>
    public const string Version = "share-2";

    private const int MaxLines = 3;

    /// <summary>The picture as JPEG (with a photo: smaller at the same look) or PNG (flat colour and text: smaller and sharp).</summary>
    public static byte[] Render(ShareCard card, ShareLook look, SKTypeface? typeface, int quality = 85)
    {
        using var photo = card.Hero is { } bytes ? PhotoEncoder.Decode(bytes) : null;
        using var bitmap = new SKBitmap(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Opaque, SKColorSpace.CreateSrgb()));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(look.Band);
            if (photo is not null)
            {
                DrawCover(canvas, photo);
                DrawBand(canvas, card, look, typeface);
            }
            else if (card.Drawing is { } drawing)
            {
                drawing.Draw(canvas, Width, Height);
                DrawBand(canvas, card, look, typeface);
            }
            else
            {
                DrawPlain(canvas, card, look, typeface);
            }

            canvas.Flush();
        }

        var format = card.Hero is null && card.Drawing is null ? SKEncodedImageFormat.Png : SKEncodedImageFormat.Jpeg;
        using var pixmap = new SKPixmap(bitmap.Info.WithColorSpace(null), bitmap.GetPixels(), bitmap.RowBytes);
        using var encoded = pixmap.Encode(format, quality) ?? throw new InvalidOperationException($"Skia could not encode {format}.");
        return encoded.ToArray();
    }

    /// <summary>The photo scaled to fill the whole picture, centred, the overflow cropped.</summary>
    private static void DrawCover(SKCanvas canvas, SKBitmap photo)
    {
        var scale = Math.Max(Width / (float)photo.Width, Height / (float)photo.Height);
        var (w, h) = (photo.Width * scale, photo.Height * scale);
        using var image = SKImage.FromBitmap(photo);
        canvas.DrawImage(image, SKRect.Create((Width - w) / 2, (Height - h) / 2, w, h), new SKSamplingOptions(SKCubicResampler.Mitchell));
    }

    /// <summary>The band of the theme's colour across the bottom, with the byline and the title.</summary>
    private static void DrawBand(SKCanvas canvas, ShareCard card, ShareLook look, SKTypeface? typeface)
    {
        var byline = Lines(typeface, card.Byline, 28, 28, 1);
        var title = Lines(typeface, card.Title, 54, 40, MaxLines);
        const int padding = 40;
        var textHeight = byline.Height + (title.Lines.Count > 0 ? 16 + title.Height : 0);
        var top = Height - (padding * 2) - textHeight;
        using var fill = new SKPaint { Color = look.Band, IsAntialias = false };
        canvas.DrawRect(SKRect.Create(0, top, Width, Height - top), fill);
        using var accent = new SKPaint { Color = look.Accent, IsAntialias = false };
        canvas.DrawRect(SKRect.Create(0, top, Width, 8), accent);
        var y = top + padding;
        y = Draw(canvas, byline, typeface, look.Text, y);
        Draw(canvas, title, typeface, look.Text, y + 16);
    }

    private static void DrawPlain(SKCanvas canvas, ShareCard card, ShareLook look, SKTypeface? typeface)
    {
        using var accent = new SKPaint { Color = look.Accent, IsAntialias = false };
        canvas.DrawRect(SKRect.Create(Margin, Margin, 120, 10), accent);
        var title = Lines(typeface, card.Title, 80, 52, MaxLines);
        var byline = Lines(typeface, card.Byline, 32, 32, 1);
        var y = (Height - title.Height - 32 - byline.Height) / 2f;
        y = Draw(canvas, title, typeface, look.Text, Math.Max(Margin + 40, y));
        Draw(canvas, byline, typeface, look.Text, y + 32);
    }

    /// <summary>Draws the lines from <paramref name="top"/>; returns the y below them.</summary>
    private static float Draw(SKCanvas canvas, Laid laid, SKTypeface? typeface, SKColor color, float top)
    {
        if (typeface is null || laid.Lines.Count == 0)
        {
            return top;
        }

        using var font = new SKFont(typeface, laid.Size) { Edging = SKFontEdging.Antialias, Subpixel = true };
        using var paint = new SKPaint { Color = color, IsAntialias = true };
        var y = top;
        foreach (var line in laid.Lines)
        {
            canvas.DrawText(line, Margin, y - font.Metrics.Ascent, SKTextAlign.Left, font, paint);
            y += laid.LineHeight;
        }

        return y;
    }

    /// <summary>The text laid out in lines at most <see cref="TextWidth"/> wide.</summary>
    public sealed record Laid(IReadOnlyList<string> Lines, float Size, float LineHeight)
    {
        public float Height => Lines.Count * LineHeight;
    }

    /// <summary>The width text may take: the picture less its margins.</summary>
    public const float TextWidth = Width - (2 * Margin);

    /// <summary>
    /// Lays <paramref name="text"/> out in at most <paramref name="maxLines"/> lines, at the largest size from
    /// <paramref name="largest"/> down to <paramref name="smallest"/> at which it fits; at the smallest, the last line ends
    /// with an ellipsis. No lines when there is no font, or the font lacks a glyph of the text.
    /// </summary>
    public static Laid Lines(SKTypeface? typeface, string text, float largest, float smallest, int maxLines)
    {
        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (typeface is null || text.Length == 0 || !HasGlyphs(typeface, text))
        {
            return new Laid([], largest, largest * 1.2f);
        }

        for (var size = largest; ; size -= 4)
        {
            size = Math.Max(size, smallest);
            using var font = new SKFont(typeface, size);
            var lines = Wrap(font, text);
            if (lines.Count <= maxLines)
            {
                return new Laid(lines, size, size * 1.2f);
            }

            if (size <= smallest)
            {
                var kept = lines.Take(maxLines).ToList();
                kept[^1] = Ellipsize(font, string.Join(' ', lines.Skip(maxLines - 1)));
                return new Laid(kept, size, size * 1.2f);
            }
        }
    }

    private static bool HasGlyphs(SKTypeface typeface, string text)
    {
        using var font = new SKFont(typeface);
        return font.ContainsGlyphs(text);
    }

    private static List<string> Wrap(SKFont font, string text)
    {
        var lines = new List<string>();
        var line = string.Empty;
        foreach (var word in text.Split(' '))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (font.MeasureText(candidate) <= TextWidth)
            {
                line = candidate;
                continue;
            }

            if (line.Length > 0)
            {
                lines.Add(line);
            }

            // A word wider than the line on its own is cut where it must be.
            line = word;
            while (font.MeasureText(line) > TextWidth)
            {
                var fits = Fitting(font, line);
                lines.Add(line[..fits]);
                line = line[fits..];
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        return lines;
    }

    private static string Ellipsize(SKFont font, string text)
    {
        const string ellipsis = "…";
        if (font.MeasureText(text) <= TextWidth)
        {
            return text;
        }

        var cut = text.Length;
        while (cut > 0 && font.MeasureText(text[..cut].TrimEnd() + ellipsis) > TextWidth)
        {
            cut--;
        }

        return text[..cut].TrimEnd() + ellipsis;
    }

    /// <summary>How many characters of <paramref name="text"/> (at least one, never splitting a surrogate pair) fit the width.</summary>
    private static int Fitting(SKFont font, string text)
    {
        var fits = 1;
        while (fits < text.Length && font.MeasureText(text[..(fits + 1)]) <= TextWidth)
        {
            fits++;
        }

        if (fits < text.Length && char.IsHighSurrogate(text[fits - 1]))
        {
            fits = fits > 1 ? fits - 1 : fits + 1;
        }

        return fits;
    }
}
