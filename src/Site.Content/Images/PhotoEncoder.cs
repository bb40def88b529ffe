using SkiaSharp;

namespace Site.Content.Images;

/// <summary>
/// Decodes a photo, turns it upright by its EXIF orientation, resizes it and encodes it with SkiaSharp. What Skia
/// encodes holds pixels only: no EXIF, GPS, XMP, IPTC, maker notes or embedded thumbnail is ever copied from the
/// source. The same bytes and settings give the same output bytes (Skia's encoders are deterministic).
/// </summary>
public static class PhotoEncoder
{
    /// <summary>
    /// Changes whenever the way images are made changes, so that a cache made by another version is not used.
    /// The managed assembly's version stands for Skia's (each SkiaSharp release ships its own native build), so that
    /// reading it loads no native code on a site without photos.
    /// </summary>
    public static readonly string Version = $"1;skiasharp {typeof(SKBitmap).Assembly.GetName().Version}";

    /// <summary>The upright size of a photo and its format, read from its header only; null when Skia cannot read it.</summary>
    public static (int Width, int Height, SKEncodedImageFormat Format)? Measure(ReadOnlySpan<byte> file)
    {
        using var data = SKData.CreateCopy(file);
        using var codec = SKCodec.Create(data);
        if (codec is null || codec.Info.Width <= 0 || codec.Info.Height <= 0)
        {
            return null;
        }

        var (width, height) = Swaps(codec.EncodedOrigin) ? (codec.Info.Height, codec.Info.Width) : (codec.Info.Width, codec.Info.Height);
        return (width, height, codec.EncodedFormat);
    }

    /// <summary>The photo decoded and upright, in sRGB, for <see cref="Encode"/>; null when it cannot be decoded.</summary>
    public static SKBitmap? Decode(ReadOnlySpan<byte> file)
    {
        using var data = SKData.CreateCopy(file);
        using var codec = SKCodec.Create(data);
        if (codec is null)
        {
            return null;
        }

        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, codec.Info.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul, SKColorSpace.CreateSrgb());
        var decoded = new SKBitmap(info);
        var result = codec.GetPixels(info, decoded.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            decoded.Dispose();
            return null;
        }

        if (codec.EncodedOrigin == SKEncodedOrigin.TopLeft)
        {
            return decoded;
        }

        using (decoded)
        {
            return Upright(decoded, codec.EncodedOrigin);
        }
    }

    /// <summary>The picture at <paramref name="width"/> pixels wide (its height in proportion), encoded as <paramref name="format"/>.</summary>
    public static byte[] Encode(SKBitmap upright, int width, SKEncodedImageFormat format, int quality)
    {
        var height = HeightFor(upright.Width, upright.Height, width);
        using var resized = width == upright.Width ? null : Resize(upright, width, height);
        var pixels = resized ?? upright;

        // Encoded without a colour profile: the pixels are sRGB already (Decode converts them), which is what a browser assumes.
        using var pixmap = new SKPixmap(pixels.Info.WithColorSpace(null), pixels.GetPixels(), pixels.RowBytes);
        using var encoded = pixmap.Encode(format, quality) ?? throw new InvalidOperationException($"Skia could not encode {format}.");
        return encoded.ToArray();
    }

    public static int HeightFor(int width, int height, int newWidth) => Math.Max(1, (int)Math.Round(height * (double)newWidth / width, MidpointRounding.AwayFromZero));

    /// <summary>Halves the picture while it is more than twice the wanted size, then samples it with a cubic filter: sharp, without the aliasing of one big step.</summary>
    private static SKBitmap Resize(SKBitmap source, int width, int height)
    {
        var current = source;
        while (current.Width / 2 >= width * 2)
        {
            var half = current.Resize(new SKImageInfo(current.Width / 2, Math.Max(1, current.Height / 2), current.ColorType, current.AlphaType, current.ColorSpace), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None));
            if (!ReferenceEquals(current, source))
            {
                current.Dispose();
            }

            current = half;
        }

        var result = current.Resize(new SKImageInfo(width, height, current.ColorType, current.AlphaType, current.ColorSpace), new SKSamplingOptions(SKCubicResampler.Mitchell));
        if (!ReferenceEquals(current, source))
        {
            current.Dispose();
        }

        return result;
    }

    private static bool Swaps(SKEncodedOrigin origin) => origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;

    private static SKBitmap Upright(SKBitmap source, SKEncodedOrigin origin)
    {
        var (width, height) = Swaps(origin) ? (source.Height, source.Width) : (source.Width, source.Height);
        var result = new SKBitmap(new SKImageInfo(width, height, source.ColorType, source.AlphaType, source.ColorSpace));
        using var canvas = new SKCanvas(result);
        float w = source.Width, h = source.Height;
        var matrix = origin switch
        {
            SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
            SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
            SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
            _ => SKMatrix.Identity,
        };
        canvas.SetMatrix(matrix);
        using var image = SKImage.FromBitmap(source);
        canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest));
        canvas.Flush();
        return result;
    }
}
