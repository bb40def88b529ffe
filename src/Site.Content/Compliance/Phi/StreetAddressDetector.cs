using System.Text.RegularExpressions;

namespace Site.Content.Compliance.Phi;

/// <summary>
/// Street addresses: a house number (also "305 1/2" or a rural "N4512"), an optional direction, a street name of
/// capitalized words or a numbered street ("W. 42nd", "119th"), a street type written out or abbreviated, and the
/// unit after it (apartment, unit, suite, #, floor); rural routes ("County Road K"); and post office boxes in every
/// spelling. The organization's own street address stays out, whatever its abbreviations; another house number on
/// the same street does not.
/// </summary>
public sealed partial class StreetAddressDetector(OrganizationAllowlist organization) : IPhiDetector
{
    public void Find(PhiText text, List<PhiSpan> found)
    {
        foreach (var match in PhiMatches.InDigitWindows(Street(), text))
        {
            var hit = PhiMatches.Hit(PhiKind.StreetAddress, match, text.Value);
            if (!organization.IsOwnStreet(text.Value.Substring(hit.Index, hit.Length)))
            {
                found.Add(hit);
            }
        }

        foreach (var match in PhiMatches.InDigitWindows(LowerCase(), text))
        {
            found.Add(PhiMatches.Hit(PhiKind.StreetAddress, match, text.Value));
        }

        foreach (var match in PhiMatches.InDigitWindows(Box(), text))
        {
            found.Add(PhiMatches.Hit(PhiKind.StreetAddress, match, text.Value));
        }
    }

    private const string Direction = @"(?:(?:N|S|E|W|NE|NW|SE|SW)\.?|North|South|East|West|Northeast|Northwest|Southeast|Southwest)";

    private const string Suffix = @"(?:Street|St|Avenue|Ave|Av|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Ter|Terr|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Trail|Trl|Square|Sq|Loop|Pike|Path|Plaza|Plz|Alley|Aly|Crossing|Xing|Point|Pt|Ridge|Cove|Cv|Crescent|Cres|Expressway|Expy|Freeway|Fwy|Turnpike|Tpke|Heights|Hts|Landing|Commons|Grove|Glen|Hollow|Meadows)";

    private const string Unit = @"(?:,?\s*(?:(?:Apt|Apartment|Unit|Suite|Ste|Fl|Floor|Rm|Room|Bldg|Building|Lot|Trlr|Dept)\.?\s*#?\s*[A-Za-z0-9-]{1,6}|#\s*[A-Za-z0-9-]{1,6}))?";

    [GeneratedRegex(@"(?<![\w/.-])(?<hit>(?:[NSEW]\d{3,6}|\d{1,6}(?:\s+1/2)?)(?:-[A-Z0-9]{1,4})?\s+(?:(?:County\s+(?:Road|Rd|Highway|Hwy)|State\s+(?:Route|Road|Highway)|Rural\s+Route|RR|Route|Rte|Highway|Hwy|US|US\s+Highway)\s+[A-Z0-9]{1,4}\b|(?:" + Direction + @"\s+)?(?:(?:[A-Z][A-Za-z'’-]*|\d{1,3}(?:st|nd|rd|th))\s+){1,4}" + Suffix + @"\b\.?(?:\s+" + Direction + @"\b)?)" + Unit + @")", RegexOptions.CultureInvariant)]
    private static partial Regex Street();

    // Written all in lower case, as in a pasted message: only the street types written out count.
    [GeneratedRegex(@"(?<![\w/.-])(?<hit>\d{1,6}\s+(?:(?:north|south|east|west|n|s|e|w)\.?\s+)?[a-z][a-z'-]+(?:\s+[a-z][a-z'-]+)?\s+(?:street|avenue|road|boulevard|lane|drive|court|place|terrace|circle|parkway)\b" + Unit + @")", RegexOptions.CultureInvariant)]
    private static partial Regex LowerCase();

    [GeneratedRegex(@"(?<hit>\b(?:P\.?\s?O\.?|Post\s+Office)\s*Box\s*#?\s*\d+)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Box();
}
