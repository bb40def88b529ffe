using System.Text;
using PhoneNumbers;
using Site.Content.Model;

namespace Site.Content.Compliance.Phi;

/// <summary>
/// What belongs to the organization, compared as whole identifiers: its phone numbers by their national number (any
/// way they are written, with or without an extension), its domains and their subdomains (never a host that merely
/// contains the name), its street address by house number, street name and suffix (so "1400 Riverbend Ave." is its
/// own and "1402 Riverbend Avenue" is not), and its ZIP code only where its own street address comes just before.
/// </summary>
public sealed class OrganizationAllowlist
{
    private readonly HashSet<ulong> phones;
    private readonly IReadOnlyList<string> domains;

    public OrganizationAllowlist(Organization organization)
    {
        var util = PhoneNumberUtil.GetInstance();
        phones = organization.OwnPhones.Append(organization.Phone)
            .Select(p => TryParse(util, p))
            .OfType<ulong>()
            .ToHashSet();
        domains = organization.OwnDomains.Select(d => d.Trim().TrimEnd('.').ToLowerInvariant()).Where(d => d.Length > 0).ToList();
        var street = organization.Address.Split(',')[0];
        Street = NormalizeStreet(street);
        var zip = System.Text.RegularExpressions.Regex.Match(organization.Address, @"\b\d{5}(?:-\d{4})?\b\s*$");
        Zip = zip.Success ? zip.Value.Trim()[..5] : null;
        NameLabel = new string(organization.Name.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).ToArray());
        DomainLabels = domains.Select(d => d.Split('.')[0]).Where(l => l.Length >= 4).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The organization's street line, normalized ("1400 riverbend avenue").</summary>
    public string Street { get; }

    public string? Zip { get; }

    /// <summary>The organization's name in one word ("riversidehealth"): a handle or host made of it is its own only on its own domains.</summary>
    public string NameLabel { get; }

    /// <summary>The first labels of the organization's domains ("riversidehealth"), which a look-alike host may contain.</summary>
    public IReadOnlyList<string> DomainLabels { get; }

    public bool IsOwnPhone(PhoneNumber number) => phones.Contains(number.NationalNumber);

    public bool IsOwnHost(string host)
    {
        host = host.ToLowerInvariant().TrimEnd('.');
        if (host.StartsWith("www.", StringComparison.Ordinal))
        {
            host = host[4..];
        }

        return domains.Any(own => host == own || host.EndsWith("." + own, StringComparison.Ordinal));
    }

    public bool IsOwnStreet(string address) => Street.Length > 0 && NormalizeStreet(address) == Street;

    /// <summary>Lower case, no punctuation, suffixes and directions spelled out, unit left off: "1400 N. Riverbend Ave, Ste 2" is "1400 north riverbend avenue".</summary>
    public static string NormalizeStreet(string address)
    {
        var words = new StringBuilder();
        foreach (var raw in address.ToLowerInvariant().Split([' ', ',', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.Trim('.', ';', ':');
            if (word is "apt" or "apartment" or "unit" or "suite" or "ste" or "#" or "fl" or "floor" or "room" or "rm" || word.StartsWith('#'))
            {
                break;
            }

            words.Append(words.Length == 0 ? string.Empty : " ").Append(Expansions.GetValueOrDefault(word, word));
        }

        return words.ToString();
    }

    private static readonly Dictionary<string, string> Expansions = new(StringComparer.Ordinal)
    {
        ["st"] = "street", ["ave"] = "avenue", ["av"] = "avenue", ["rd"] = "road", ["blvd"] = "boulevard", ["ln"] = "lane",
        ["dr"] = "drive", ["ct"] = "court", ["pl"] = "place", ["ter"] = "terrace", ["cir"] = "circle", ["pkwy"] = "parkway",
        ["hwy"] = "highway", ["trl"] = "trail", ["sq"] = "square", ["n"] = "north", ["s"] = "south", ["e"] = "east", ["w"] = "west",
        ["ne"] = "northeast", ["nw"] = "northwest", ["se"] = "southeast", ["sw"] = "southwest",
    };

    private static ulong? TryParse(PhoneNumberUtil util, string number)
    {
        try
        {
            return util.Parse(number, "US").NationalNumber;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }
}
