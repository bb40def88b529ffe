using System.Buffers;
using System.Text.RegularExpressions;

namespace Site.Content.Compliance.Phi;

/// <summary>
/// Numbers known by their label: record, account, member, policy, plan, group, subscriber, Medicare and Medicaid
/// numbers and payment cards; licence and certificate numbers; licence plates; serial numbers of devices and
/// implants. After the label, and the punctuation or words people put before a value (<c>:</c>, <c>#</c>,
/// <c>no.</c>, <c>number</c>, <c>is</c>, <c>was</c>, <c>reads</c>...), comes a value of letters and digits, with
/// dashes, dots, slashes or single spaces inside it ("XJ4 882 1093", "A44-81290", "051.0298814"), holding at
/// least three digits (a plate needs one, or is a vanity plate of capitals). "Ending in 4417" after a card or
/// account counts too.
/// </summary>
public sealed partial class LabelledIdDetector(PhiKind kind, Regex label, SearchValues<string> keywords, int minimumDigits = 3, bool capitalsOnly = false) : IPhiDetector
{
    private static readonly SearchValues<string> Plate = SearchValues.Create(["plate"], StringComparison.OrdinalIgnoreCase);

    public PhiKind Kind => kind;

    // Each label starts with one of its keywords: a window without any is not looked at by the pattern.
    public static LabelledIdDetector Records() => new(PhiKind.RecordNumber, RecordLabel(), Words("mr", "med", "record", "chart", "patient", "acct", "account", "member", "policy", "plan", "group", "grp", "subscriber", "medicare", "medicaid", "mbi", "beneficiary", "insur", "claim", "case", "card", "visa", "amex", "discover", "debit", "credit"));

    public static LabelledIdDetector Licenses() => new(PhiKind.LicenseNumber, LicenseLabel(), Words("licen", "dl", "d.l.", "certificat", "permit", "passport", "state id"));

    public static LabelledIdDetector Plates() => new(PhiKind.VehicleIdentifier, PlateLabel(), Words("plate", "tag", "vin"), minimumDigits: 1, capitalsOnly: true);

    public static LabelledIdDetector Devices() => new(PhiKind.DeviceIdentifier, DeviceLabel(), Words("serial", "s/n", "s.n.", "sn", "udi", "device", "transmitter", "imei", "mac address", "lot"), minimumDigits: 2);

    private static SearchValues<string> Words(params string[] words) => SearchValues.Create(words, StringComparison.OrdinalIgnoreCase);

    public void Find(PhiText text, List<PhiSpan> found)
    {
        // A vanity plate has no digit, so plates are looked for in the whole of a text that speaks of plates.
        IEnumerable<(int Start, int Length)> windows = capitalsOnly ? text.DigitWindows.Concat(text.Around(Plate, 40, 35)).OrderBy(w => w.Start) : text.DigitWindows;
        var seen = new HashSet<int>();
        foreach (var (start, length) in windows)
        {
            if (text.Value.AsSpan(start, length).IndexOfAny(keywords) < 0)
            {
                continue;
            }

            for (var match = label.Match(text.Value, start, length); match.Success; match = match.NextMatch())
            {
                var after = match.Index + match.Length;
                var value = Value().Match(text.Value, after, Math.Min(start + length + 24, text.Value.Length) - after);
                if (value.Success && Accept(value.Groups["hit"].ValueSpan) && seen.Add(value.Groups["hit"].Index))
                {
                    found.Add(PhiMatches.Hit(kind, value, text.Value));
                }
            }
        }
    }

    private bool Accept(ReadOnlySpan<char> value)
    {
        var digits = PhiMatches.Digits(value);
        if (digits >= minimumDigits && (digits >= 3 || value.Length >= 4))
        {
            // "ages 18-34" is a range, not a number.
            return !Range().IsMatch(value);
        }

        // A vanity plate: capitals only, four to eight of them.
        return capitalsOnly && value.Length is >= 4 and <= 8 && value.ToString().All(char.IsAsciiLetterUpper);
    }

    // Atomic: once the words between label and value are read, they are not read again another way (with runs of
    // spaces and dashes, trying every way to split them between the repeated \s* took exponential time).
    private const string Connector = @"(?>(?:\s*(?:[:#=,(]|[-.](?=\s)|\bno\b\.?|\bnos?\.|\bnum(?:ber)?\b\.?|\bnbr\b\.?|\bid\b|\bis\b|\bwas\b|\bare\b|\breads?\b|\blisted\s+as\b|\bon\s+file\b|\bof\b(?=\s*\d)|\b(?:that\s+)?end(?:s|ing)\s+(?:in|with)\b)\s*)*)";

    /// <summary>The value right after a label: groups of letters and digits joined by '-', '.', '/' or a single space or tab, never a line break (a group after a space must hold a digit or be capitals).</summary>
    [GeneratedRegex(@"\G" + Connector + @"\s*[""'“(]?(?-i:(?<hit>(?:[A-Za-z]*\d[A-Za-z0-9]*|[A-Z]{1,8}\b)(?:(?:[-./]|[^\S\r\n](?=(?:[A-Z]{1,4}|[A-Z0-9]*\d[A-Z0-9]*)\b))[A-Za-z0-9]+)*))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Value();

    [GeneratedRegex(@"^\d{1,3}\s?[-–]\s?\d{1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex Range();

    [GeneratedRegex(@"(?:\bMRN\b|\bM\.R\.N\.?|\bMR\s?#|\bmed(?:ical)?\.?\s+rec(?:ord)?s?\.?(?:\s+(?:no|number|num|#))?|\bmedical\s+record\b|\brecord\s+(?:no|number|num|#)|\bchart\s*(?:#|no\b|number\b)|\bpatient\s+(?:id|acct|account|number|no)\b|\bacct\b\.?\s*(?:#|no\b|number\b)?|\baccount\s*(?:#|no\b|number\b)?|\bmember(?:ship)?\s*(?:id|#|no\b|number\b)|\bmember\s+id\b|\bpolicy\s*(?:#|no\b|number\b|id\b)?|\bplan\s*(?:id\b|#|no\b|number\b)|\bgroup\b\s*(?:#|no\b|number\b|id\b)?|\bgrp\s*(?:#|no\b)?|\bsubscriber\s*(?:id\b|#|no\b|number\b)?|\bmedicare\s*(?:id|#|no|number|card)?\b|\bmedicaid\s*(?:id|#|no|number|card)?\b|\bMBI\b|\bmedicare\s+beneficiary\s+identifier\b|\bhealth\s+plan\s+beneficiary(?:\s+(?:id|number|no))?\b|\binsurance\s+(?:id|member\s+id|number|no)\b|\binsured\s+id\b|\bclaim\s*(?:#|no\b|number\b)|\bcase\s*(?:#|no\b|number\b)|\b(?:card|visa|mastercard|amex|discover|debit|credit)\s*(?:card\s*)?(?:#|no\b|number\b)?)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RecordLabel();

    [GeneratedRegex(@"(?:\b(?:commercial\s+|state\s+)?driver'?s?'?\s+licen[cs]e\b(?:\s*(?:#|no\b|number\b))?|\bDL\b\s*#?|\bD\.L\.|\blicen[cs]e\s*(?:#|no\b|number\b)|\b(?:[a-z]+\s+)?licen[cs]e\s+(?:no\b|number\b|#)|\bstate\s+ID\b|\bcertificat(?:e|ion)\b(?:\s*(?:#|no\b|number\b))?|\bpermit\s*(?:#|no\b|number\b)|\bpassport\s*(?:#|no\b|number\b)?)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LicenseLabel();

    [GeneratedRegex(@"(?:\b(?:licen[cs]e\s+)?(?:plates?|tag)\b(?:\s*(?:#|no\b|number\b))?|\blic\.\s*plate\b|\bVIN\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PlateLabel();

    [GeneratedRegex(@"(?:\bserial\b(?:\s*(?:#|no\b|number\b|num\b))?|\bS/N\b|\bS\.N\.|\bSN\b|\bUDI\b|\bdevice\s+(?:id|identifier|number)\b|\btransmitter\s+(?:id|number)\b|\bIMEI\b|\bMAC\s+address\b|\blot\s+(?:#|no\b|number\b))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DeviceLabel();
}
