using SkiaSharp;
using Svg.Skia;

namespace Site.Content.Images;

/// <summary>
/// Draws an SVG file with Svg.Skia, for share images of pages whose hero is a drawing. Only a file that
/// <see cref="SvgCheck"/> passes is drawn (no script, nothing outside the file), so drawing never loads anything.
/// </summary>
public static class SvgPicture
{
    /// <summary>The Svg.Skia version stands in the share images' cache key, so that a new renderer draws them again.</summary>
    public static readonly string Version = $"svg.skia {typeof(SKSvg).Assembly.GetName().Version}";

    /// <summary>
    /// Draws the drawing onto <paramref name="canvas"/> so that it covers <paramref name="width"/>×<paramref name="height"/>
    /// (its aspect kept, centred, the overflow cropped), on white, as vectors (no bitmap in between, so no resampling);
    /// false, with nothing drawn, when the text is not a safe SVG, or Svg.Skia cannot read it or finds nothing to draw.
    /// </summary>
    public static bool Draw(SKCanvas canvas, string text, int width, int height)
    {
        if (SvgCheck.Check(text).Problems.Count > 0)
        {
            return false;
        }

        try
        {
            using var svg = new SKSvg();
            var picture = svg.FromSvg(text);
            var bounds = picture?.CullRect ?? SKRect.Empty;
            if (picture is null || bounds.Width <= 0 || bounds.Height <= 0)
            {
                return false;
            }

            var scale = Math.Max(width / bounds.Width, height / bounds.Height);
            canvas.Save();
            canvas.ClipRect(SKRect.Create(0, 0, width, height));
            canvas.Clear(SKColors.White);
            canvas.Translate((width - (bounds.Width * scale)) / 2, (height - (bounds.Height * scale)) / 2);
            canvas.Scale(scale);
            canvas.Translate(-bounds.Left, -bounds.Top);
            canvas.DrawPicture(picture);
            canvas.Restore();
            return true;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Svg.Skia throws what its parser meets (XML, CSS, number formats); a drawing it cannot read gets the plain card.
            return false;
        }
    }
}
