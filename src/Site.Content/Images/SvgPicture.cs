using SkiaSharp;
using Svg.Skia;

namespace Site.Content.Images;

/// <summary>
/// An SVG file read once by Svg.Skia, for the share images of pages whose hero is that drawing: one parse however many
/// cards draw it (a recorded picture is immutable, so cards may draw it on several threads at once). Only a file that
/// <see cref="SvgCheck"/> passes is read (no script, nothing outside the file), so drawing never loads anything.
/// </summary>
public sealed class SvgPicture
{
    /// <summary>The Svg.Skia version stands in the share images' cache key, so that a new renderer draws them again.</summary>
    public static readonly string Version = $"svg.skia {typeof(SKSvg).Assembly.GetName().Version}";

    // The SKSvg owns the picture it records: it is kept with it.
    private readonly SKSvg svg;
    private readonly SKPicture picture;

    private SvgPicture(SKSvg svg, SKPicture picture)
    {
        this.svg = svg;
        this.picture = picture;
    }

    /// <summary>The drawing, or null when the text is not a safe SVG, or Svg.Skia cannot read it or finds nothing to draw.</summary>
    public static SvgPicture? Load(string text)
    {
        if (SvgCheck.Check(text).Problems.Count > 0)
        {
            return null;
        }

        var svg = new SKSvg();
        try
        {
            if (svg.FromSvg(text) is { CullRect: { Width: > 0, Height: > 0 } } picture)
            {
                return new SvgPicture(svg, picture);
            }
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Svg.Skia throws what its parser meets (XML, CSS, number formats); a drawing it cannot read gets the plain card.
        }

        svg.Dispose();
        return null;
    }

    /// <summary>
    /// Draws onto <paramref name="canvas"/> so that the drawing covers <paramref name="width"/>×<paramref name="height"/>
    /// (its aspect kept, centred, the overflow cropped), on white, as vectors (no bitmap in between, so no resampling).
    /// </summary>
    public void Draw(SKCanvas canvas, int width, int height)
    {
        GC.KeepAlive(svg);
        var bounds = picture.CullRect;
        var scale = Math.Max(width / bounds.Width, height / bounds.Height);
        canvas.Save();
        canvas.ClipRect(SKRect.Create(0, 0, width, height));
        canvas.Clear(SKColors.White);
        canvas.Translate((width - (bounds.Width * scale)) / 2, (height - (bounds.Height * scale)) / 2);
        canvas.Scale(scale);
        canvas.Translate(-bounds.Left, -bounds.Top);
        canvas.DrawPicture(picture);
        canvas.Restore();
    }
}
