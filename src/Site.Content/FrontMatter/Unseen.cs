using System.Text;

namespace Site.Content.FrontMatter;

/// <summary>
/// Characters an editor cannot see, or cannot tell apart, that break YAML: a tab in the indentation, a space from a
/// word processor (a non-breaking space, U+00A0, and the like) where YAML needs a plain one, and curly quotes (“ ” ‘ ’)
/// used as YAML's quotes. Each is named at its own line and column, in words the editor can act on.
/// </summary>
internal static class Unseen
{
    /// <summary>One finding: the 1-based line of the YAML and column of the character, and what to say.</summary>
    public sealed record Finding(int Line, int Column, bool Curly, string Message, bool Tab = false);

    /// <summary>The words for a space YAML does not read as one, or null for any other character.</summary>
    public static string? SpaceName(char c) => c switch
    {
        '\u00A0' => "a non-breaking space (U+00A0)",
        '\u202F' => "a narrow non-breaking space (U+202F)",
        '\u200B' => "a zero-width space (U+200B)",
        '\u2060' => "a word joiner (U+2060)",
        '\u3000' => "an ideographic space (U+3000)",
        '\uFEFF' => "a zero-width no-break space (U+FEFF)",
        >= '\u2000' and <= '\u200A' => $"a typographic space (U+{(int)c:X4})",
        _ => null,
    };

    public static bool IsCurlyQuote(char c) => c is '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u201E' or '\u00AB' or '\u00BB';

    /// <summary>The text with each space of <see cref="SpaceName"/> written as <c>\u00A0</c>, so that a message shows it.</summary>
    public static string Visible(string text)
    {
        if (!text.Any(c => SpaceName(c) is not null))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            builder.Append(SpaceName(c) is null ? c.ToString() : $"\\u{(int)c:X4}");
        }

        return builder.ToString();
    }

    /// <summary>What to add to a message about a value that holds such a character, or null when it holds none.</summary>
    public static string? InValue(string text)
    {
        var at = text.AsSpan().IndexOfAny("\u00A0\u202F\u200B\u2060\u3000\uFEFF\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A");
        if (at >= 0)
        {
            var where = at == 0 ? "at its start" : at == text.Length - 1 ? "at its end" : $"after '{Visible(text[..at])}'";
            return $"it holds {SpaceName(text[at])} {where}, often pasted from a word processor: delete it (and type an ordinary space if one is needed)";
        }

        if (text.Length > 1 && IsCurlyQuote(text[0]))
        {
            return $"it starts with a curly quote ({text[0]}), which YAML reads as a letter, not as a quote: remove the curly quotes, or use straight ones (\")";
        }

        return null;
    }

    /// <summary>
    /// Every tab or odd space in an indentation or next to a key's ':', and every value that starts with a curly quote;
    /// messages name the line of the file (the YAML's first line is <paramref name="firstLine"/>).
    /// </summary>
    public static IEnumerable<Finding> Scan(string yaml, int firstLine)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var number = firstLine + i;
            var start = 0;
            while (start < line.Length && (line[start] is ' ' or '\t' || SpaceName(line[start]) is not null))
            {
                start++;
            }

            if (start == line.Length || line[start] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t', 0, start);
            var odd = FirstOdd(line, 0, start);
            if (tab >= 0 && (odd < 0 || tab < odd))
            {
                yield return new Finding(i + 1, tab + 1, false, $"line {number} has a tab at column {tab + 1}; YAML indents with spaces only: replace the tab with spaces, as many as the lines around it (two for each level)", Tab: true);
                continue;
            }

            if (odd >= 0)
            {
                yield return new Finding(i + 1, odd + 1, false, $"line {number} has {SpaceName(line[odd])} at column {odd + 1}, often pasted from a word processor; YAML does not read it as a space, so the line is not indented as it looks: delete it and indent with ordinary spaces");
                continue;
            }

            // After a list's '- ', the key: the first ':' that ends a plain key.
            var keyStart = start;
            if (line[keyStart] == '-' && keyStart + 1 < line.Length && (line[keyStart + 1] == ' ' || SpaceName(line[keyStart + 1]) is not null))
            {
                if (SpaceName(line[keyStart + 1]) is { } afterDash)
                {
                    yield return new Finding(i + 1, keyStart + 2, false, $"line {number} has {afterDash} at column {keyStart + 2}, after the '-' of a list item, often pasted from a word processor; YAML needs an ordinary space there: delete it and type a space");
                    continue;
                }

                keyStart += 2;
            }

            var colon = line.IndexOf(':', keyStart);
            if (colon <= keyStart)
            {
                continue;
            }

            var key = line[keyStart..colon];
            if (key.Any(c => !(char.IsLetterOrDigit(c) || c is '_' or '-' || SpaceName(c) is not null)))
            {
                continue;
            }

            var beforeColon = FirstOdd(line, keyStart, colon);
            if (beforeColon >= 0)
            {
                yield return new Finding(i + 1, beforeColon + 1, false, $"line {number} has {SpaceName(line[beforeColon])} at column {beforeColon + 1}, in the key before its ':', often pasted from a word processor: delete it");
                continue;
            }

            if (colon + 1 < line.Length && SpaceName(line[colon + 1]) is { } afterColon)
            {
                yield return new Finding(i + 1, colon + 2, false, $"line {number} has {afterColon} at column {colon + 2}, after '{key}:', often pasted from a word processor; YAML needs an ordinary space after the ':': delete it and type a space");
                continue;
            }

            var value = colon + 1;
            while (value < line.Length && line[value] == ' ')
            {
                value++;
            }

            if (value > colon + 1 && value < line.Length && IsCurlyQuote(line[value]))
            {
                var inner = line[(value + 1)..].TrimEnd();
                if (inner.Length > 0 && IsCurlyQuote(inner[^1]))
                {
                    inner = inner[..^1];
                }

                var straight = inner.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
                yield return new Finding(i + 1, value + 1, true, $"line {number} puts the value of '{key}' in curly quotes ({line[value]} at column {value + 1}), which YAML reads as letters, not as quotes, so a ':' or '#' inside breaks the line; use straight double quotes: {key}: \"{straight}\"");
            }
        }
    }

    private static int FirstOdd(string line, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (SpaceName(line[i]) is not null)
            {
                return i;
            }
        }

        return -1;
    }
}
