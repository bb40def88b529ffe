using System.Text.RegularExpressions;

namespace Site.Content.Compliance.Phi;

/// <summary>
/// ZIP codes: five digits (or ZIP+4) after a city and a state, abbreviated or spelled out ("Peoria, Illinois 61602",
/// "Decatur IL 62521"), after a ZIP label in any capitalization ("zip code was", "Zip:", "ZIP CODE:"), and any ZIP+4.
/// The organization's ZIP is its own only right after its own street address; in anyone else's address it is not.
/// </summary>
public sealed partial class ZipCodeDetector(OrganizationAllowlist organization) : IPhiDetector
{
    public void Find(PhiText text, List<PhiSpan> found)
    {
        // Every ZIP is five digits (or ZIP+4): find those first, then look at the words just before each.
        foreach (var match in PhiMatches.InDigitWindows(Candidate(), text))
        {
            var hit = new PhiSpan(PhiKind.ZipCode, match.Index, match.Length);
            var from = Math.Max(0, match.Index - 48);
            var before = text.Value.AsSpan(from, match.Index - from);
            if ((match.Value.Contains('-') || StateBefore().IsMatch(before) || LabelBefore().IsMatch(before)) && !IsOwn(text.Value, hit))
            {
                found.Add(hit);
            }
        }
    }

    private bool IsOwn(string text, PhiSpan hit)
    {
        if (organization.Zip is not { } zip || !text.AsSpan(hit.Index, hit.Length).StartsWith(zip, StringComparison.Ordinal))
        {
            return false;
        }

        // Only the organization's address, just before, makes it the organization's ZIP.
        var lineStart = text.LastIndexOf('\n', Math.Max(0, hit.Index - 1)) + 1;
        var before = text[Math.Max(lineStart, hit.Index - 90)..hit.Index];
        var street = StreetBefore().Match(before);
        return street.Success && organization.IsOwnStreet(street.Groups["street"].Value);
    }

    private const string States = @"(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|PR|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|Ill|Ind|Wis|Mich|Minn|Calif|Fla|Penn|Tex|Mass|Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New\s+Hampshire|New\s+Jersey|New\s+Mexico|New\s+York|North\s+Carolina|North\s+Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode\s+Island|South\s+Carolina|South\s+Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West\s+Virginia|Wisconsin|Wyoming|Puerto\s+Rico)";

    [GeneratedRegex(@"(?<![\d-])\d{5}(?:-\d{4})?(?![\d-])", RegexOptions.CultureInvariant)]
    private static partial Regex Candidate();

    [GeneratedRegex(@"[A-Za-z.'’)]\s*,?\s+" + States + @"\.?,?\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex StateBefore();

    [GeneratedRegex(@"\bzip(?:\s*\+\s*4)?(?:\s*code)?s?\b[\s:#?,.=""'“”)-]*(?:(?:is|was|of|=|number|no\.?)\s*[:,]?\s*)?[""'“]?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LabelBefore();

    [GeneratedRegex(@"(?<street>\b\d{1,6}\s+[^,\n]{3,60}?)\s*,[^,\n]*,?\s*[A-Za-z. ]*$", RegexOptions.CultureInvariant)]
    private static partial Regex StreetBefore();
}
