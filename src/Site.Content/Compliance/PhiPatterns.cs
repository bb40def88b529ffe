using System.Text.RegularExpressions;

namespace Site.Content.Compliance;

/// <summary>The patterns of the PHI guard, compiled once (source-generated). Each names the span to report as the group "hit".</summary>
internal static partial class PhiPatterns
{
    private const string Month = @"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";

    public static IEnumerable<(PhiKind Kind, Regex Pattern)> All =>
    [
        (PhiKind.SocialSecurityNumber, SocialSecurity()),
        (PhiKind.SocialSecurityNumber, SocialSecurityByName()),
        (PhiKind.PhoneNumber, Phone()),
        (PhiKind.EmailAddress, Email()),
        (PhiKind.StreetAddress, Street()),
        (PhiKind.StreetAddress, PostOfficeBox()),
        (PhiKind.ZipCode, Zip()),
        (PhiKind.BirthDate, Birth()),
        (PhiKind.RecordNumber, Record()),
        (PhiKind.RecordNumber, MedicareBeneficiaryId()),
        (PhiKind.IpAddress, IpAddress()),
        (PhiKind.PersonalUrl, PersonalUrl()),
    ];

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

    [GeneratedRegex(@"\b(?:MRN|medical\s+record(?:\s+(?:number|no\.?|#))?|record\s+(?:number|no\.?|#)|account\s*(?:number|no\.?|#)?|acct\.?|member\s+(?:ID|number|no\.?|#)|policy\s+(?:number|no\.?|#)|(?:health\s+plan|insurance|beneficiary|subscriber|patient|Medicare|Medicaid)\s+(?:ID|number|no\.?|#)|chart\s+(?:number|no\.?|#)|case\s+(?:number|no\.?|#)|license\s+(?:number|no\.?|#)|certificate\s+(?:number|no\.?|#))\s*(?:is|was|:|#)?\s*(?<hit>[A-Z]{0,4}[-#]?\d[\dA-Z-]{3,})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Record();

    [GeneratedRegex(@"\b(?<hit>[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y]{2}\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex MedicareBeneficiaryId();

    [GeneratedRegex(@"(?<![\d.])(?<hit>(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d))(?![\d.])", RegexOptions.CultureInvariant)]
    private static partial Regex IpAddress();

    [GeneratedRegex(@"(?<hit>https?://(?:www\.)?(?:facebook\.com|fb\.com|instagram\.com|twitter\.com|x\.com|tiktok\.com|linkedin\.com/in|youtube\.com/(?:@|user/|c/)|gofundme\.com|caringbridge\.org|[a-z0-9-]+\.blogspot\.com|[a-z0-9-]+\.wordpress\.com|medium\.com/@|[a-z0-9-]+\.substack\.com|venmo\.com|cash\.app|paypal\.me|patreon\.com|snapchat\.com|threads\.net|reddit\.com/u(?:ser)?/|pinterest\.com)[^\s)\]>""']*)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PersonalUrl();
}
