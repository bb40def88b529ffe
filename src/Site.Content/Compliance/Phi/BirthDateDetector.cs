using System.Buffers;
using System.Text.RegularExpressions;

namespace Site.Content.Compliance.Phi;

/// <summary>
/// Dates of birth: a date that follows a birth word ("born", "b.", "DOB", "D.O.B.", "date of birth", "birthdate",
/// "birthday") in any common shape: numeric with slashes, dashes or dots and two- or four-digit years, ISO, written
/// out ("March 5, 1961", "5 March 1961", "the 3rd of June"), month and day without a year, and a month (with or
/// without its year) after "born". A year alone, an age, a gestational age ("34 2/7 weeks", "28+3 weeks") and a
/// score are not dates of birth, and neither is a date that no birth word comes before.
/// </summary>
public sealed partial class BirthDateDetector : IPhiDetector
{
    private static readonly SearchValues<string> Born = SearchValues.Create(["born"], StringComparison.OrdinalIgnoreCase);

    public void Find(PhiText text, List<PhiSpan> found)
    {
        // A date has digits, but for a month after "born" ("born in August"): look only there.
        var seen = new HashSet<int>();
        foreach (var (windowStart, windowLength) in text.DigitWindows.Concat(text.Around(Born, 0, 64)))
        {
            for (var word = BirthWord().Match(text.Value, windowStart, windowLength); word.Success; word = word.NextMatch())
            {
                if (seen.Add(word.Index))
                {
                    Dates(text, word, found);
                }
            }
        }
    }

    private static void Dates(PhiText text, Match word, List<PhiSpan> found)
    {
        {
            var start = word.Index + word.Length;
            var length = Math.Min(56, text.Value.Length - start);
            var window = text.Value.AsSpan(start, length);
            var stop = window.IndexOfAny('\n', ';');
            length = stop < 0 ? length : stop;
            var born = word.Groups["born"].Success;
            if (born && Figurative().IsMatch(text.Value.AsSpan(Math.Max(0, word.Index - 60), Math.Min(60, word.Index))))
            {
                // "The idea was born on March 5": not a person's birth.
                return;
            }

            for (var date = Date().Match(text.Value, start, length); date.Success; date = date.NextMatch())
            {
                var hit = date.Groups["hit"];
                if (IsNotABirthDate(text.Value, hit, born) || Gap(text.Value, start, hit.Index))
                {
                    continue;
                }

                found.Add(PhiMatches.Hit(PhiKind.BirthDate, date, text.Value));
                break;
            }
        }
    }

    /// <summary>A year alone, a month alone that no "born" comes before, or a gestational age.</summary>
    private static bool IsNotABirthDate(string text, Group hit, bool born)
    {
        var value = hit.Value;
        if (YearOnly().IsMatch(value) || (!born && MonthOnly().IsMatch(value)))
        {
            return true;
        }

        var after = text.AsSpan(hit.Index + hit.Length);
        var before = text.AsSpan(0, hit.Index).TrimEnd();
        return Weeks().IsMatch(after) || (value.Contains('/') && before.Length > 0 && char.IsAsciiDigit(before[^1]) && Weeks().IsMatch(after));
    }

    /// <summary>Whether the words between the birth word and the date are more than a short phrase ("was born at 34 weeks on").</summary>
    private static bool Gap(string text, int from, int to)
    {
        var between = text.AsSpan(from, to - from);
        return between.IndexOfAny('.', '!', '?') is var end and >= 0 && end < between.Length - 1 && between[(end + 1)..].Trim().Length > 0 && char.IsUpper(between[(end + 1)..].Trim()[0]);
    }

    private const string Month = @"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

    private const string Day = @"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";

    [GeneratedRegex(@"(?:(?<born>\bborn\b|\b(?:baby|babies|twins?|triplets|son|daughter|grandson|granddaughter)\b[^.\n]{0,30}?\b(?:arrived|was\s+delivered|came\s+into\s+the\s+world)\b)|\bb\.(?=\s*\(?\d|\s*" + Month + @")|(?<![\w.])D\.?\s?O\.?\s?B\b\.?|\bdate\s+of\s+birth\b|\bbirth\s*-?\s*date\b|\bbirth\s+day\b|\bbirth(?:day|days|day's)\b|\bb-?day\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BirthWord();

    [GeneratedRegex(@"(?<![\w/.-])(?<hit>(?:0?[1-9]|1[0-2])[/.-](?:0?[1-9]|[12]\d|3[01])[/.-](?:\d{4}|\d{2})(?![\d/.-]\d)|(?:1[3-9]|2\d|3[01])[/.-](?:0?[1-9]|1[0-2])[/.-](?:\d{4}|\d{2})(?![\d/.-]\d)|\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])|(?:the\s+)?" + Day + @"\s+(?:of\s+)?" + Month + @"\b\.?(?:,?\s+\d{4})?|" + Month + @"\b\.?\s+" + Day + @"\b(?:,?\s+\d{4})?|" + Month + @"\b(?:\s+of)?(?:,?\s+\d{4})?|(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])(?![\d/]))", RegexOptions.CultureInvariant)]
    private static partial Regex Date();

    [GeneratedRegex(@"\b(?:idea|team|group|program|project|foundation|tradition|campaign|drive|movement|club|event|fundraiser|charity|nonprofit|business|company|friendship|plan|dream|walk|race|ministry)\b[^.!?\n]*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Figurative();

    [GeneratedRegex(@"^\d{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex YearOnly();

    [GeneratedRegex(@"^" + Month + @"$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthOnly();

    [GeneratedRegex(@"^\s*(?:\+\s*\d\s*)?(?:weeks?|wks?|w\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Weeks();
}
