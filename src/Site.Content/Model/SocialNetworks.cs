namespace Site.Content.Model;

/// <summary>
/// The social networks a profile link may name in <c>brand.social</c>, each with its name as written and the hosts
/// its profiles live on. The theme draws an icon for each (theme/partials/social-icon.liquid); the link is plain, so
/// nothing is loaded from the network until a visitor follows it.
/// </summary>
public static class SocialNetworks
{
    public sealed record Network(string Key, string Name, IReadOnlyList<string> Hosts);

    public static readonly IReadOnlyList<Network> All =
    [
        new("facebook", "Facebook", ["facebook.com"]),
        new("instagram", "Instagram", ["instagram.com"]),
        new("linkedin", "LinkedIn", ["linkedin.com"]),
        new("youtube", "YouTube", ["youtube.com"]),
        new("x", "X", ["x.com", "twitter.com"]),
    ];

    public static Network? Find(string key) => All.FirstOrDefault(n => string.Equals(n.Key, key, StringComparison.Ordinal));

    public static string NameOf(string key) => Find(key)?.Name ?? key;

    /// <summary>Whether a host is the network's own (its domain or a subdomain such as www.).</summary>
    public static bool IsHostOf(Network network, string host)
    {
        host = host.ToLowerInvariant().TrimEnd('.');
        return network.Hosts.Any(h => host == h || host.EndsWith("." + h, StringComparison.Ordinal));
    }
}
