using System.Text;

namespace Site.Content.Formats;

/// <summary>
/// Text a document keeps for the whole build, held as UTF-8: half the memory of a .NET string for the mostly ASCII
/// text of a story (its Markdown, its rendered HTML), read back as a new string when asked. Text that is not valid
/// UTF-16 (a lone surrogate, which UTF-8 cannot hold) is kept as it is. Two are equal when their text is.
/// </summary>
public readonly struct PackedText : IEquatable<PackedText>
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly byte[]? utf8;
    private readonly string? text;

    public PackedText(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        try
        {
            utf8 = Strict.GetBytes(value);
        }
        catch (EncoderFallbackException)
        {
            text = value;
        }
    }

    public override string ToString() => text ?? (utf8 is { Length: > 0 } bytes ? Encoding.UTF8.GetString(bytes) : string.Empty);

    public bool Equals(PackedText other) =>
        text is null && other.text is null ? utf8.AsSpan().SequenceEqual(other.utf8) : ToString() == other.ToString();

    public override bool Equals(object? obj) => obj is PackedText other && Equals(other);

    public override int GetHashCode() => string.GetHashCode(ToString(), StringComparison.Ordinal);

    public static bool operator ==(PackedText left, PackedText right) => left.Equals(right);

    public static bool operator !=(PackedText left, PackedText right) => !left.Equals(right);
}
