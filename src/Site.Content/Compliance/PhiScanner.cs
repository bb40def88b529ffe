using Site.Content.Model;

namespace Site.Content.Compliance;

/// <summary>
/// Finds the identifiers of HIPAA's Safe Harbor list that a pattern can find (Social Security, phone and fax
/// numbers, e-mail addresses, street addresses and ZIP codes, dates of birth, record, account and plan numbers,
/// IP addresses, personal web pages), leaving out what is the organization's own: its phone numbers, its
/// e-mail domains and its address. Thread-safe.
/// </summary>
public sealed class PhiScanner
{
    private readonly HashSet<string> ownPhones;
    private readonly IReadOnlyList<string> ownDomains;
    private readonly string ownAddress;

    public PhiScanner(Organization organization)
    {
        ownPhones = organization.OwnPhones.Append(organization.Phone).Select(LastTenDigits).Where(d => d.Length >= 7).ToHashSet(StringComparer.Ordinal);
        ownDomains = organization.OwnDomains.Select(d => d.Trim().ToLowerInvariant()).ToList();
        ownAddress = organization.Address;
    }

    /// <summary>The consent identifier that would authorize a kind of hit, or null when no authorization can (an SSN, say).</summary>
    public static string? IdentifierFor(PhiKind kind) => kind switch
    {
        PhiKind.PhoneNumber => "phone",
        PhiKind.EmailAddress => "email",
        PhiKind.StreetAddress or PhiKind.ZipCode => "address",
        PhiKind.BirthDate => "birth-date",
        PhiKind.PersonalUrl => "social-media",
        _ => null,
    };

    public static string Describe(PhiKind kind) => kind switch
    {
        PhiKind.SocialSecurityNumber => "a Social Security number",
        PhiKind.PhoneNumber => "a phone or fax number",
        PhiKind.EmailAddress => "an e-mail address",
        PhiKind.StreetAddress => "a street address",
        PhiKind.ZipCode => "a ZIP code",
        PhiKind.BirthDate => "a date of birth",
        PhiKind.RecordNumber => "a record, account or health plan number",
        PhiKind.IpAddress => "an IP address",
        _ => "a link to a personal page",
    };

    public IReadOnlyList<PhiHit> Scan(string text)
    {
        List<PhiHit>? hits = null;
        int[]? lineStarts = null;
        foreach (var (kind, find) in PhiPatterns.All)
        {
            foreach (var span in find(text))
            {
                if (IsOwn(kind, span))
                {
                    continue;
                }

                lineStarts ??= LineStarts(text);
                var line = Array.BinarySearch(lineStarts, span.Index);
                line = line >= 0 ? line : ~line - 1;
                (hits ??= []).Add(new PhiHit(kind, span.Text, line + 1, span.Index - lineStarts[line] + 1));
            }
        }

        if (hits is null)
        {
            return [];
        }

        // One span, one finding: a ZIP+4 that also looks like something else is reported once, by its first kind.
        return hits
            .GroupBy(h => (h.Line, h.Column))
            .Select(g => g.First())
            .OrderBy(h => h.Line)
            .ThenBy(h => h.Column)
            .ToList();
    }

    private bool IsOwn(PhiKind kind, PhiSpan span) => kind switch
    {
        PhiKind.PhoneNumber => ownPhones.Contains(LastTenDigits(span.Text)),
        PhiKind.EmailAddress => IsOwnDomain(span.Domain),
        PhiKind.StreetAddress or PhiKind.ZipCode => ownAddress.Contains(span.Text, StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    private bool IsOwnDomain(string domain)
    {
        domain = domain.ToLowerInvariant();
        return ownDomains.Any(own => domain == own || domain.EndsWith("." + own, StringComparison.Ordinal));
    }

    private static string LastTenDigits(string value)
    {
        var digits = new string(value.Where(char.IsAsciiDigit).ToArray());
        return digits.Length > 10 ? digits[^10..] : digits;
    }

    private static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }
}
