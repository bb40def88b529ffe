using System.Net;
using System.Text.RegularExpressions;

namespace Site.Content.Compliance.Phi;

/// <summary>
/// IP addresses: IPv4 dotted quads (also at the end of a sentence) and IPv6 in full, compressed ("2001:db8::1") and
/// IPv4-mapped forms, each confirmed by the framework's own parser. A quad of small numbers that reads as a version
/// ("version 2.1.0.4", "firmware 4.12.0.7", "section 4.2.1.3") stays clean unless the text says it is an address.
/// </summary>
public sealed partial class IpAddressDetector : IPhiDetector
{
    public void Find(PhiText text, List<PhiSpan> found)
    {
        if (MayHoldIpv6(text.Value))
        {
            for (var match = Six().Match(text.Value); match.Success; match = match.NextMatch())
            {
                var hit = match.Groups["hit"];
                if ((hit.Value.Contains("::", StringComparison.Ordinal) || hit.Value.Count(c => c == ':') == 7) && IPAddress.TryParse(hit.Value, out var address) && address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6)
                {
                    found.Add(new PhiSpan(PhiKind.IpAddress, hit.Index, hit.Length));
                }
            }
        }

        foreach (var match in PhiMatches.InDigitWindows(Four(), text))
        {
            var hit = match.Groups["hit"];
            if (IPAddress.TryParse(hit.Value, out _) && !IsVersion(text.Value, hit))
            {
                found.Add(new PhiSpan(PhiKind.IpAddress, hit.Index, hit.Length));
            }
        }
    }

    /// <summary>Whether some ':' stands between hex digits, or two ':' stand together, as only in IPv6 (YAML's "key: value" does not).</summary>
    private static bool MayHoldIpv6(string text)
    {
        for (var at = text.IndexOf(':'); at > 0 && at < text.Length - 1; at = text.IndexOf(':', at + 1))
        {
            if ((char.IsAsciiHexDigit(text[at - 1]) || text[at - 1] == ':') && (char.IsAsciiHexDigit(text[at + 1]) || text[at + 1] == ':') && text.IndexOf(':', at + 1) is var next and > 0 && next - at <= 5)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsVersion(string text, Group hit)
    {
        var start = Math.Max(0, hit.Index - 40);
        var before = text.AsSpan(start, hit.Index - start);
        if (AddressWords().IsMatch(before))
        {
            return false;
        }

        return VersionWords().IsMatch(before) || hit.Value.Split('.').All(octet => octet.Length == 1) || (hit.Index > 0 && char.IsAsciiLetter(text[hit.Index - 1]));
    }

    [GeneratedRegex(@"(?<![\w.:])(?<hit>(?:\d{1,3}\.){3}\d{1,3})(?![\w]|\.\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Four();

    [GeneratedRegex(@"(?<![\w:.])(?<hit>(?:[0-9A-Fa-f]{1,4}:){1,7}(?::|(?::[0-9A-Fa-f]{1,4}){1,7}|[0-9A-Fa-f]{1,4})?(?:(?<=:)(?:\d{1,3}\.){3}\d{1,3})?|::(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,6}|ffff:(?:\d{1,3}\.){3}\d{1,3}))(?![\w:]|\.\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Six();


    [GeneratedRegex(@"\b(?:IP|IPv4|address|addr|server|router|network|host|log(?:ged)?|login|sign-in|from|traced|blocked|came)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AddressWords();

    [GeneratedRegex(@"\b(?:v|ver|version|release|build|firmware|software|app|update|section|chapter|rule|step|iOS|Android|macOS|Windows|patch)\b\.?\s*\(?\s*[^\s]*\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex VersionWords();
}
