using System.Buffers.Binary;
using System.Text;

namespace Site.Content.Images;

/// <summary>
/// Whether a JPEG, PNG or WebP file says where it was taken: a GPS latitude or longitude in its EXIF block (JPEG
/// APP1, PNG <c>eXIf</c>, WebP <c>EXIF</c>) or in its XMP packet. Only the container's metadata blocks are read, never
/// the pixels, and a damaged block is taken as "no position" (the published copy is re-encoded without any metadata
/// anyway; this only warns the editor that the original is sensitive). The build does not depend on a metadata
/// library for this one question; the tests check it against MetadataExtractor.
/// </summary>
public static class PhotoMetadata
{
    private const ushort GpsIfdPointer = 0x8825;
    private const ushort GpsLatitude = 0x0002;
    private const ushort GpsLongitude = 0x0004;
    private static readonly byte[] ExifHeader = "Exif\0\0"u8.ToArray();
    private static readonly byte[] XmpHeader = "http://ns.adobe.com/xap/1.0/\0"u8.ToArray();
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static bool HasGpsPosition(ReadOnlySpan<byte> file)
    {
        if (file.Length > 4 && file[0] == 0xFF && file[1] == 0xD8)
        {
            return Jpeg(file);
        }

        if (file.StartsWith(PngSignature))
        {
            return Png(file);
        }

        if (file.Length >= 12 && file[..4].SequenceEqual("RIFF"u8) && file[8..12].SequenceEqual("WEBP"u8))
        {
            return WebP(file);
        }

        return false;
    }

    private static bool Jpeg(ReadOnlySpan<byte> file)
    {
        var at = 2;
        while (at + 4 <= file.Length && file[at] == 0xFF)
        {
            var marker = file[at + 1];
            if (marker == 0xFF)
            {
                at++;
                continue;
            }

            // Start of scan or end of image: the metadata segments come before the compressed data.
            if (marker is 0xDA or 0xD9)
            {
                return false;
            }

            if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                at += 2;
                continue;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(file[(at + 2)..]);
            if (length < 2 || at + 2 + length > file.Length)
            {
                return false;
            }

            var segment = file.Slice(at + 4, length - 2);
            if (marker == 0xE1 && (segment.StartsWith(ExifHeader) ? Tiff(segment[ExifHeader.Length..]) : segment.StartsWith(XmpHeader) && Xmp(segment[XmpHeader.Length..])))
            {
                return true;
            }

            at += 2 + length;
        }

        return false;
    }

    private static bool Png(ReadOnlySpan<byte> file)
    {
        var at = PngSignature.Length;
        while (at + 12 <= file.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(file[at..]);
            if (length > int.MaxValue || at + 12 + (long)length > file.Length)
            {
                return false;
            }

            var type = file.Slice(at + 4, 4);
            var data = file.Slice(at + 8, (int)length);
            if (type.SequenceEqual("eXIf"u8) && Tiff(data))
            {
                return true;
            }

            // XMP in PNG is an uncompressed iTXt chunk with the keyword XML:com.adobe.xmp.
            if (type.SequenceEqual("iTXt"u8) && data.StartsWith("XML:com.adobe.xmp\0"u8) && Xmp(data))
            {
                return true;
            }

            // Metadata may also follow the image data in PNG: read on to the end chunk.
            if (type.SequenceEqual("IEND"u8))
            {
                return false;
            }

            at += 12 + (int)length;
        }

        return false;
    }

    private static bool WebP(ReadOnlySpan<byte> file)
    {
        var at = 12;
        while (at + 8 <= file.Length)
        {
            var length = BinaryPrimitives.ReadUInt32LittleEndian(file[(at + 4)..]);
            if (length > int.MaxValue || at + 8 + (long)length > file.Length)
            {
                return false;
            }

            var type = file.Slice(at, 4);
            var data = file.Slice(at + 8, (int)length);
            if (type.SequenceEqual("EXIF"u8) && Tiff(data.StartsWith(ExifHeader) ? data[ExifHeader.Length..] : data))
            {
                return true;
            }

            if (type.SequenceEqual("XMP "u8) && Xmp(data))
            {
                return true;
            }

            at += 8 + (int)length + (int)(length & 1);
        }

        return false;
    }

    /// <summary>A TIFF structure (the body of an EXIF block): IFD0's GPS pointer, then a latitude or longitude in the GPS IFD.</summary>
    private static bool Tiff(ReadOnlySpan<byte> tiff)
    {
        if (tiff.Length < 8)
        {
            return false;
        }

        bool little;
        if (tiff[0] == 'I' && tiff[1] == 'I')
        {
            little = true;
        }
        else if (tiff[0] == 'M' && tiff[1] == 'M')
        {
            little = false;
        }
        else
        {
            return false;
        }

        ushort U16(ReadOnlySpan<byte> s) => little ? BinaryPrimitives.ReadUInt16LittleEndian(s) : BinaryPrimitives.ReadUInt16BigEndian(s);
        uint U32(ReadOnlySpan<byte> s) => little ? BinaryPrimitives.ReadUInt32LittleEndian(s) : BinaryPrimitives.ReadUInt32BigEndian(s);

        if (U16(tiff[2..]) != 42 || FindTag(tiff, U32(tiff[4..]), GpsIfdPointer, U16, U32) is not { } gps)
        {
            return false;
        }

        return FindTag(tiff, gps, GpsLatitude, U16, U32) is not null || FindTag(tiff, gps, GpsLongitude, U16, U32) is not null;
    }

    private delegate ushort Read16(ReadOnlySpan<byte> span);

    private delegate uint Read32(ReadOnlySpan<byte> span);

    /// <summary>The value field (as an offset or number) of <paramref name="tag"/> in the IFD at <paramref name="ifd"/>, when the tag is there with a count.</summary>
    private static uint? FindTag(ReadOnlySpan<byte> tiff, uint ifd, ushort tag, Read16 u16, Read32 u32)
    {
        if (ifd < 8 || ifd + 2L > tiff.Length)
        {
            return null;
        }

        var count = u16(tiff[(int)ifd..]);
        for (var i = 0; i < count; i++)
        {
            var entry = (int)ifd + 2 + (12 * i);
            if (entry + 12 > tiff.Length)
            {
                return null;
            }

            if (u16(tiff[entry..]) == tag && u32(tiff[(entry + 4)..]) > 0)
            {
                return u32(tiff[(entry + 8)..]);
            }
        }

        return null;
    }

    /// <summary>An XMP packet names a position as <c>exif:GPSLatitude</c> / <c>exif:GPSLongitude</c>, as an attribute or an element.</summary>
    private static bool Xmp(ReadOnlySpan<byte> packet)
    {
        var text = Encoding.UTF8.GetString(packet);
        return text.Contains("GPSLatitude", StringComparison.Ordinal) || text.Contains("GPSLongitude", StringComparison.Ordinal);
    }
}
