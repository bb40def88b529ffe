using SkiaSharp;
using Svg.Skia;

namespace Site.Content.Images;

/// <summary>
/// Draws an SVG file into a bitmap with Svg.Skia, for share images of pages whose hero is a drawing. Only a file that
/// <see cref="SvgCheck"/> passes is drawn (no script, nothing outside the file), so drawing never loads anything.
/// </summary>
public static class SvgPicture
{
    /// <summary>The Svg.Skia version stands in the share images' cache key, so that a new renderer draws them again.</summary>
    public static readonly string Version = $"svg.skia {typeof(SKSvg).Assembly.GetName().Version}";

    /// <summary>
    /// The drawing at a size that covers <paramref name="width"/>×<paramref name="height"/> (its aspect kept), or null
    /// when the text is not a safe SVG, or Svg.Skia cannot read it or finds nothing to draw.
    /// </summary>
    public static SKBitmap? Render(string text, int width, int height)
    {
        if (SvgCheck.Check(text).Problems.Count > 0)
        {
            return null;
        }

        try
        {
            using var svg = new SKSvg();
            var picture = svg.FromSvg(text);
            var bounds = picture?.CullRect ?? SKRect.Empty;
            if (picture is null || bounds.Width <= 0 || bounds.Height <= 0)
            {
                return null;
            }

            var scale = Math.Max(width / bounds.Width, height / bounds.Height);
            var (w, h) = ((int)Math.Ceiling(bounds.Width * scale), (int)Math.Ceiling(bounds.Height * scale));
            var bitmap = new SKBitmap(new SKImageInfo(w, h, SKColorType.Rgba8888, SKAlphaType.Premul, SKColorSpace.CreateSrgb()));
            using var canvas = new SKCanvas(bitmap);
            canvas.Clear(SKColors.White);
            canvas.Scale(scale);
            canvas.Translate(-bounds.Left, -bounds.Top);
            canvas.DrawPicture(picture);
            canvas.Flush();
            return bitmap;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Svg.Skia throws what its parser meets (XML, CSS, number formats); a drawing it cannot read gets the plain card.
            return null;
        }
    }
}
