using System.Buffers;
using Site.Content.Formats;

namespace Site.Content.Takedown;

/// <summary>
/// The paths of withdrawn stories (URLs, old URLs, media), ready to be looked for on pages: a page that holds none
/// of their last segments (a slug or a media file name) cannot refer to them, so only the few that do are parsed.
/// Thread-safe.
/// </summary>
public sealed class WithdrawnTargets
{
    private readonly Dictionary<string, Withdrawal> byPath = new(StringComparer.OrdinalIgnoreCase);
    private readonly SearchValues<string> segments;

    public WithdrawnTargets(IReadOnlyList<Withdrawal> withdrawals, string baseUrl)
    {
        BaseUrl = baseUrl.TrimEnd('/');
        Withdrawals = withdrawals;
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var mentions = new List<(string Text, Withdrawal Withdrawal)>();
        foreach (var withdrawal in withdrawals)
        {
            foreach (var path in withdrawal.Paths.Select(SitePath.Normalize))
            {
                byPath.TryAdd(path, withdrawal);
                names.Add(path[(path.LastIndexOf('/') + 1)..]);
                foreach (var form in new[] { BaseUrl + path + "/", BaseUrl + path, path + "/", path })
                {
                    mentions.Add((form, withdrawal));
                }
            }
        }

        names.Remove(string.Empty);
        segments = SearchValues.Create(names.ToArray(), StringComparison.OrdinalIgnoreCase);

        // Longest first, so that "https://site/stories/maria/" is replaced whole rather than its "/stories/maria" part.
        Mentions = mentions.DistinctBy(m => m.Text, StringComparer.OrdinalIgnoreCase).OrderByDescending(m => m.Text.Length).ToList();
    }

    public string BaseUrl { get; }

    public IReadOnlyList<Withdrawal> Withdrawals { get; }

    /// <summary>Every way a page's text can spell a withdrawn path, longest first.</summary>
    public IReadOnlyList<(string Text, Withdrawal Withdrawal)> Mentions { get; }

    /// <summary>Whether the text may refer to a withdrawn story at all (a cheap test before any parsing).</summary>
    public bool MayMention(string text) => text.AsSpan().IndexOfAny(segments) >= 0;

    /// <summary>The withdrawal a link written on <paramref name="pageUrl"/> leads to, if any.</summary>
    public Withdrawal? Find(string pageUrl, string href) =>
        SitePath.Resolve(pageUrl, href, BaseUrl) is { } path && byPath.TryGetValue(path, out var withdrawal) ? withdrawal : null;
}
