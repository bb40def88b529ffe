using System.Text.RegularExpressions;

namespace Site.Content.Compliance.Phi;

/// <summary>
/// Social Security numbers: three, two and four digits with a dash, a space or a dot between them (never a number
/// the SSA does not issue: area 000, 666 or 900-999, group 00, serial 0000); nine digits in a row after a label
/// (SSN, SS#, Soc. Sec. #, social security number, "her social"), even with words between ("is listed as"); and the
/// last four digits where the text speaks of the last four, or of a number ending in them, of a Social Security number.
/// </summary>
public sealed partial class SocialSecurityDetector : IPhiDetector
{
    public void Find(PhiText text, List<PhiSpan> found)
    {
        foreach (var match in PhiMatches.InDigitWindows(Grouped(), text))
        {
            found.Add(PhiMatches.Hit(PhiKind.SocialSecurityNumber, match, text.Value));
        }

        foreach (var match in PhiMatches.InDigitWindows(Labelled(), text))
        {
            found.Add(PhiMatches.Hit(PhiKind.SocialSecurityNumber, match, text.Value));
        }

        foreach (var match in PhiMatches.InDigitWindows(LastFour(), text))
        {
            var start = Math.Max(0, match.Index - 120);
            if (Context().IsMatch(text.Value.AsSpan(start, match.Index - start + match.Length)))
            {
                found.Add(PhiMatches.Hit(PhiKind.SocialSecurityNumber, match, text.Value));
            }
        }
    }

    private const string Label = @"(?:\bSSN\b|\bSS\s?#|\bSS\s+(?:number|no\.?|nbr)|\bsoc(?:ial)?\.?\s*sec(?:urity)?\.?(?:\s*(?:number|no\.?|nbr\.?|num\.?|#))?|\bsocial\b(?!\s+(?:work|media|service|skill|stor|club|hour|event|distanc|butterfly|security\b)))";

    [GeneratedRegex(@"(?<![\d-])(?<hit>(?!000|666|9\d\d)\d{3}(?<sep>[- .])(?!00)\d{2}\k<sep>(?!0000)\d{4})(?![\d-]|\.\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Grouped();

    [GeneratedRegex(Label + @"(?:[^\d\n.!?]|\.(?=\s*#)){0,48}?(?<![\d])(?<hit>\d{9})(?!\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Labelled();

    [GeneratedRegex(@"(?:last\s+(?:four|4)(?:\s+digits)?|\b(?:end(?:s|ing)?|ending)\s+(?:in|with)|x{3}-x{2}-|\*{3}-\*{2}-)[^\d\n]{0,60}?(?<![\d-])(?<hit>\d{4})(?![\d-])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LastFour();

    [GeneratedRegex(Label, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Context();
}
