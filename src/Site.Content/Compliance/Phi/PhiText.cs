using System.Buffers;

namespace Site.Content.Compliance.Phi;

/// <summary>
/// A text to scan, with what the detectors ask of it computed once: the windows around its digits (every identifier
/// but an e-mail address, a web address and a social handle holds a digit, so the rest of a story is never looked at
/// by those detectors), and whether it has an '@' or a web address at all.
/// </summary>
public sealed class PhiText
{
    /// <summary>How far before a digit a label can start ("Social Security number on the form was ...").</summary>
    public const int LookBehind = 100;

    private const int LookAhead = 48;

    private static readonly SearchValues<string> WebEndings = SearchValues.Create(
        [".com", ".org", ".net", ".me", ".ee", ".be", ".tv", ".io", ".co", ".us", ".info", ".blog", ".page", ".site", ".app", ".ly", ".gg", ".fm", ".link", ".online", ".social", ".example", ".edu", ".gov", ".health", ".family", ".care", ".world", ".life", ".love", ".xyz"],
        StringComparison.OrdinalIgnoreCase);

    public PhiText(string value)
    {
        Value = value;
        DigitWindows = Windows(value);
        HasAt = value.Contains('@');
        HasWebAddress = value.AsSpan().IndexOfAny(WebEndings) >= 0;
    }

    public string Value { get; }

    /// <summary>Stretches of the text around digits (merged where they meet), as (start, length).</summary>
    public IReadOnlyList<(int Start, int Length)> DigitWindows { get; }

    public bool HasAt { get; }

    /// <summary>The most digits of one number written in the window, counting the separators numbers are written with ("(312) 555-0143" has 10).</summary>
    public int LongestNumber(int start, int length)
    {
        var (best, current, gap) = (0, 0, 0);
        foreach (var c in Value.AsSpan(start, length))
        {
            if (char.IsAsciiDigit(c))
            {
                (current, gap) = (current + 1, 0);
                best = Math.Max(best, current);
            }
            else if (c is '-' or '.' or '(' or ')' or '/' or '+' or ' ' && ++gap <= 2)
            {
                continue;
            }
            else
            {
                (current, gap) = (0, 0);
            }
        }

        return best;
    }

    /// <summary>
    /// Stretches of the text around each occurrence of any of <paramref name="words"/> (made with
    /// <see cref="StringComparison.OrdinalIgnoreCase"/>: a vectorized search, where <c>IndexOf</c> ignoring case is
    /// ten times slower), merged where they meet. <paramref name="after"/> counts from the start of the word.
    /// </summary>
    public List<(int Start, int Length)> Around(SearchValues<string> words, int before, int after)
    {
        var windows = new List<(int Start, int Length)>();
        var span = Value.AsSpan();
        for (var at = span.IndexOfAny(words); at >= 0; at = span[(at + 1)..].IndexOfAny(words) is var next and >= 0 ? at + 1 + next : -1)
        {
            var start = Math.Max(0, at - before);
            var end = Math.Min(Value.Length, at + after);
            if (windows.Count > 0 && windows[^1].Start + windows[^1].Length >= start)
            {
                windows[^1] = (windows[^1].Start, end - windows[^1].Start);
            }
            else
            {
                windows.Add((start, end - start));
            }
        }

        return windows;
    }

    public bool HasWebAddress { get; }

    private static List<(int Start, int Length)> Windows(string text)
    {
        var windows = new List<(int Start, int Length)>();
        var span = text.AsSpan();
        var position = 0;
        while (position < span.Length)
        {
            var digit = span[position..].IndexOfAnyInRange('0', '9');
            if (digit < 0)
            {
                break;
            }

            var first = position + digit;
            var last = first;
            // A run of digits with the separators numbers are written with belongs to one window.
            while (last + 1 < span.Length && (char.IsAsciiDigit(span[last + 1]) || (span[last + 1] is '-' or '.' or ' ' or '/' or ')' or '(' && last + 2 < span.Length && char.IsAsciiDigit(span[last + 2]))))
            {
                last++;
            }

            var start = Math.Max(0, first - LookBehind);
            var end = Math.Min(span.Length, last + 1 + LookAhead);
            if (windows.Count > 0 && windows[^1].Start + windows[^1].Length >= start)
            {
                var previous = windows[^1];
                windows[^1] = (previous.Start, end - previous.Start);
            }
            else
            {
                windows.Add((start, end - start));
            }

            position = last + 1;
        }

        return windows;
    }
}
