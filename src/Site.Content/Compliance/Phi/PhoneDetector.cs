using PhoneNumbers;

namespace Site.Content.Compliance.Phi;

/// <summary>
/// Phone and fax numbers in every North American shape, found by libphonenumber (<c>FindNumbers</c>, region US,
/// leniency "possible", so the fictional 555 numbers of stories count too): with or without +1, brackets, dashes,
/// dots, slashes or spaces, bare ten digits, seven-digit local numbers written with a separator, and extensions.
/// The organization's numbers in any format, and anything that is really an IP address, stay out.
/// </summary>
public sealed class PhoneDetector(OrganizationAllowlist organization) : IPhiDetector
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    public void Find(PhiText text, List<PhiSpan> found)
    {
        foreach (var (start, length) in text.DigitWindows)
        {
            if (text.LongestNumber(start, length) < 7)
            {
                continue;
            }

            var window = text.Value.Substring(start, length);
            foreach (var match in Util.FindNumbers(window, "US", PhoneNumberUtil.Leniency.POSSIBLE, long.MaxValue))
            {
                var raw = match.RawString;
                if (organization.IsOwnPhone(match.Number) || LooksLikeSomethingElse(window, match.Start, raw))
                {
                    continue;
                }

                found.Add(new PhiSpan(PhiKind.PhoneNumber, start + match.Start, raw.Length));
            }
        }
    }

    private static bool LooksLikeSomethingElse(string window, int start, string raw)
    {
        var digits = PhiMatches.Digits(raw);
        var before = start > 0 ? window[start - 1] : ' ';
        var after = start + raw.Length < window.Length ? window[start + raw.Length] : ' ';

        // Part of a longer token (an id, a version, a date), or a dotted quad (an IP address or a version string).
        if (char.IsLetterOrDigit(before) || before is '.' or '-' or '_' or '/' || (after is '.' && start + raw.Length + 1 < window.Length && char.IsAsciiDigit(window[start + raw.Length + 1])) || after is '-' or '/' || char.IsAsciiLetter(after))
        {
            return true;
        }

        if (raw.Split('.') is { Length: 4 } groups && groups.All(g => g.Length <= 3))
        {
            return true;
        }

        // A seven-digit number counts only when it is written like one (555-0143), not as a plain run of digits.
        return digits == 7 && !raw.Contains('-') && !raw.Contains('.') && !raw.Contains(' ');
    }
}
