using System.Text.RegularExpressions;

namespace Site.Content.Compliance;

/// <summary>The patterns of the PHI guard, compiled once (source-generated). Each names the span to report as the group "hit".</summary>
internal static partial class PhiPatterns
{
    private const string Month = @"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";

    /// <summary>
    /// Every pattern, as a function from a text to its candidate spans (index, text, e-mail domain). Cheap tests
    /// of the whole text come first (most stories have no '@' or "://"); record numbers are found as ID-like
    /// tokens first and then confirmed by a keyword just before them, which is far faster than searching for
    /// the keywords everywhere.
    /// </summary>
    public static IEnumerable<(PhiKind Kind, Func<string, IEnumerable<PhiSpan>> Find)> All =>
    [
        (PhiKind.SocialSecurityNumber, text => Spans(SocialSecurity(), text)),
        (PhiKind.SocialSecurityNumber, text => Spans(SocialSecurityByName(), text)),
        (PhiKind.PhoneNumber, text => Spans(Phone(), text)),
        (PhiKind.EmailAddress, text => text.Contains('@') ? Spans(Email(), text) : []),
        (PhiKind.StreetAddress, text => Spans(Street(), text)),
        (PhiKind.StreetAddress, text => Spans(PostOfficeBox(), text)),
        (PhiKind.ZipCode, text => Spans(Zip(), text)),
        (PhiKind.BirthDate, text => Spans(Birth(), text)),
        (PhiKind.RecordNumber, RecordNumbers),
        (PhiKind.RecordNumber, text => Spans(MedicareBeneficiaryId(), text)),
        (PhiKind.IpAddress, text => Spans(IpAddress(), text)),
        (PhiKind.PersonalUrl, text => text.Contains("://", StringComparison.Ordinal) ? Spans(PersonalUrl(), text) : []),
    ];

    private static IEnumerable<PhiSpan> Spans(Regex pattern, string text)
    {
        for (var match = pattern.Match(text); match.Success; match = match.NextMatch())
        {
            var hit = match.Groups["hit"];
            yield return new PhiSpan(hit.Index, hit.Value, match.Groups["domain"].Value);
        }
    }

    private static IEnumerable<PhiSpan> RecordNumbers(string text)
    {
        for (var match = DigitRun().Match(text); match.Success; match = match.NextMatch())
        {
            // An ID may start with up to four letters and a '-' or '#' before its first digit ("RH-2291847").
            var index = match.Index;
            if (index > 0 && text[index - 1] is '-' or '#')
            {
                index--;
            }

            var letters = 0;
            while (index > 0 && letters < 4 && char.IsAsciiLetter(text[index - 1]))
            {
                index--;
                letters++;
            }

            if (index > 0 && (char.IsLetterOrDigit(text[index - 1]) || text[index - 1] is '_' or '-'))
            {
                continue;
            }

            var start = Math.Max(0, index - 48);
            if (RecordKeywordBefore().IsMatch(text.AsSpan(start, index - start)))
            {
                yield return new PhiSpan(index, text[index..(match.Index + match.Length)], string.Empty);
            }
        }
    }

    [GeneratedRegex(@"(?<!\d)\d[\dA-Za-z-]{3,}", RegexOptions.CultureInvariant)]
    private static partial Regex DigitRun();

    [GeneratedRegex(@"\b(?:MRN|medical\s+record(?:\s+(?:number|no\.?|#))?|record\s+(?:number|no\.?|#)|account\s*(?:number|no\.?|#)?|acct\.?|member\s+(?:ID|number|no\.?|#)|policy\s+(?:number|no\.?|#)|(?:health\s+plan|insurance|beneficiary|subscriber|patient|Medicare|Medicaid)\s+(?:ID|number|no\.?|#)|chart\s+(?:number|no\.?|#)|case\s+(?:number|no\.?|#)|license\s+(?:number|no\.?|#)|certificate\s+(?:number|no\.?|#))\s*(?:is|was|:|#)?\s*\z", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RecordKeywordBefore();

    [GeneratedRegex(@"(?<![\d-])(?<hit>(?!000|666|9\d\d)\d{3}[- ](?!00)\d{2}[- ](?!0000)\d{4})(?![\d-])", RegexOptions.CultureInvariant)]
    private static partial Regex SocialSecurity();

    [GeneratedRegex(@"\b(?:SSN|social\s+security(?:\s+(?:number|no\.?|#))?)\s*(?:is|was|:|#)?\s*(?<hit>\d{9})\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SocialSecurityByName();

    [GeneratedRegex(@"(?<![\w+])(?<hit>(?:\+?1[ .-]?)?(?:\(\d{3}\)\s?|\d{3}[ .-])?\d{3}-\d{4}|(?:\+?1[ .-]?)?(?:\(\d{3}\)\s?|\d{3}[ .-])\d{3}[ .]\d{4})(?![\d-])", RegexOptions.CultureInvariant)]
    private static partial Regex Phone();

    [GeneratedRegex(@"(?<hit>\b[A-Za-z0-9._%+-]+@(?<domain>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+))", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<hit>\b\d{1,6}\s+(?:[NSEW]\.?\s+)?(?:[A-Z][A-Za-z'’-]*\s+){1,4}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Ter|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Trail)\b\.?)", RegexOptions.CultureInvariant)]
    private static partial Regex Street();

    [GeneratedRegex(@"(?<hit>\bP\.?\s?O\.?\s+Box\s+\d+)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PostOfficeBox();

    [GeneratedRegex(@"(?:\b[A-Z]{2}\s+|\bZIP(?:\s+code)?\s*(?:is|was|:)?\s*)(?<hit>\d{5}(?:-\d{4})?)\b|(?<![\d-])(?<hit>\d{5}-\d{4})(?![\d-])", RegexOptions.CultureInvariant)]
    private static partial Regex Zip();

    [GeneratedRegex(@"\b(?:born|DOB|D\.O\.B\.?|date\s+of\s+birth|birth\s*date|birthday)\b[^.\n]{0,25}?(?<hit>" + Month + @"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?|\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{4}-\d{2}-\d{2}|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + Month + @"(?:,?\s+\d{4})?)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Birth();

    [GeneratedRegex(@"\b(?<hit>[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y]{2}\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex MedicareBeneficiaryId();

    [GeneratedRegex(@"(?<![\d.])(?<hit>(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d))(?![\d.])", RegexOptions.CultureInvariant)]
    private static partial Regex IpAddress();

    [GeneratedRegex(@"(?<hit>https?://(?:www\.)?(?:facebook\.com|fb\.com|instagram\.com|twitter\.com|x\.com|tiktok\.com|linkedin\.com/in|youtube\.com/(?:@|user/|c/)|gofundme\.com|caringbridge\.org|[a-z0-9-]+\.blogspot\.com|[a-z0-9-]+\.wordpress\.com|medium\.com/@|[a-z0-9-]+\.substack\.com|venmo\.com|cash\.app|paypal\.me|patreon\.com|snapchat\.com|threads\.net|reddit\.com/u(?:ser)?/|pinterest\.com)[^\s)\]>""']*)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PersonalUrl();
}
