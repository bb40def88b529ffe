using System.Text.RegularExpressions;

namespace Site.Content.Compliance.Phi;

/// <summary>
/// Numbers that give themselves away without a label: Medicare beneficiary identifiers (the CMS format of 11
/// characters), payment card numbers (13 to 19 digits that pass the Luhn check, in groups or not), and vehicle
/// identification numbers (17 characters without I, O or Q, letters and digits mixed).
/// </summary>
public sealed partial class UnlabelledIdDetector : IPhiDetector
{
    public void Find(PhiText text, List<PhiSpan> found)
    {
        foreach (var match in PhiMatches.InDigitWindows(MedicareBeneficiaryId(), text))
        {
            found.Add(PhiMatches.Hit(PhiKind.RecordNumber, match, text.Value));
        }

        foreach (var match in PhiMatches.InDigitWindows(Card(), text))
        {
            var digits = new string(match.Groups["hit"].Value.Where(char.IsAsciiDigit).ToArray());
            if (digits.Length is >= 13 and <= 19 && Luhn(digits))
            {
                found.Add(PhiMatches.Hit(PhiKind.RecordNumber, match, text.Value));
            }
        }

        foreach (var match in PhiMatches.InDigitWindows(Vin(), text))
        {
            var value = match.Groups["hit"].ValueSpan;
            var digits = PhiMatches.Digits(value);
            if (digits >= 5 && value.Length - digits >= 3)
            {
                found.Add(PhiMatches.Hit(PhiKind.VehicleIdentifier, match, text.Value));
            }
        }
    }

    private static bool Luhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            sum += i % 2 == 1 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d;
        }

        return sum % 10 == 0;
    }

    [GeneratedRegex(@"(?<![\w-])(?<hit>[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y]{2}\d{2})(?![\w-])", RegexOptions.CultureInvariant)]
    private static partial Regex MedicareBeneficiaryId();

    [GeneratedRegex(@"(?<![\d-])(?<hit>[3-6]\d{3}(?:[ -]?\d{4}){2}[ -]?\d{1,7}|3[47]\d{2}[ -]?\d{6}[ -]?\d{5})(?![\d-])", RegexOptions.CultureInvariant)]
    private static partial Regex Card();

    [GeneratedRegex(@"(?<![\w-])(?<hit>[A-HJ-NPR-Z0-9]{17})(?![\w-])", RegexOptions.CultureInvariant)]
    private static partial Regex Vin();
}
