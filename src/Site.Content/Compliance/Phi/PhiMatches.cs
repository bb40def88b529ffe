using System.Text.RegularExpressions;

namespace Site.Content.Compliance.Phi;

/// <summary>Runs a pattern where an identifier with digits can be: in each of the text's digit windows only.</summary>
internal static class PhiMatches
{
    public static IEnumerable<Match> InDigitWindows(Regex pattern, PhiText text)
    {
        foreach (var (start, length) in text.DigitWindows)
        {
            for (var match = pattern.Match(text.Value, start, length); match.Success; match = match.NextMatch())
            {
                yield return match;
            }
        }
    }

    /// <summary>The span of the group "hit" of a match, trimmed of the punctuation that ends a sentence.</summary>
    public static PhiSpan Hit(PhiKind kind, Match match, string text)
    {
        var hit = match.Groups["hit"];
        var (index, length) = (hit.Index, hit.Length);
        while (length > 0 && text[index + length - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or '"' or '\'' or '”' or '’')
        {
            length--;
        }

        return new PhiSpan(kind, index, length);
    }

    public static int Digits(ReadOnlySpan<char> value)
    {
        var count = 0;
        foreach (var c in value)
        {
            count += char.IsAsciiDigit(c) ? 1 : 0;
        }

        return count;
    }
}
