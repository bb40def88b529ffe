using System.Globalization;
using System.Text;

namespace Site.Validation.Html;

/// <summary>
/// A URL or name as a message prints it: every character a reader cannot see or tell from a space (C0 and C1
/// controls, zero-width and bidirectional formatting characters, the soft hyphen, the byte order mark, non-breaking
/// and other special spaces, line and paragraph separators, blank fillers) is written as its escape, such as
/// <c>\u200B</c>, so the message shows why a link that looks right fails.
/// </summary>
public static class Printable
{
    public static string Escape(string text)
    {
        if (!text.EnumerateRunes().Any(Invisible))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var rune in text.EnumerateRunes())
        {
            if (!Invisible(rune))
            {
                builder.Append(rune.ToString());
            }
            else if (rune.IsBmp)
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{rune.Value:X4}");
            }
            else
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\U{rune.Value:X8}");
            }
        }

        return builder.ToString();
    }

    /// <summary>Whether a character is invisible, or looks like a plain space without being one.</summary>
    public static bool Invisible(Rune rune) =>
        rune.Value switch
        {
            ' ' => false,
            0x115F or 0x1160 or 0x3164 or 0xFFA0 or 0x2800 or 0x034F or 0xFFFC => true,
            >= 0xFE00 and <= 0xFE0F => true,
            >= 0xE0100 and <= 0xE01EF => true,
            _ => Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format
                or UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse,
        };
}
