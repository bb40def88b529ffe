using System.Collections.Concurrent;

namespace Site.Validation.Links;

/// <summary>
/// The files of the site being checked (paths relative to its folder, forward slashes), the anchors of each page, and
/// the site's own <c>_redirects</c>; and, for a target that is not there, the nearest one that is. Thread-safe.
/// </summary>
public sealed class SiteIndex(IReadOnlySet<string> files, IReadOnlyDictionary<string, PageScan> pages, SiteRedirects? redirects = null)
{
    private const int IdsSuggested = 5;
    private const int IdsNamed = 3;

    private readonly ConcurrentDictionary<string, string?> nearest = new(StringComparer.Ordinal);
    private readonly Lazy<(Dictionary<string, string> ByLower, string[] Urls)> urls = new(() => Urls(files));

    public SiteRedirects Redirects { get; } = redirects ?? SiteRedirects.None;

    public bool Exists(string path) => files.Contains(path);

    /// <summary>The file a resolved target names: a folder serves its index.html; a path without a slash may be a folder too.</summary>
    public string? FileFor(Resolved.Internal target)
    {
        if (target.IsFolder)
        {
            var index = target.Path.Length == 0 ? "index.html" : target.Path + "/index.html";
            return files.Contains(index) ? index : null;
        }

        if (files.Contains(target.Path))
        {
            return target.Path;
        }

        var folderIndex = target.Path + "/index.html";
        return files.Contains(folderIndex) ? folderIndex : null;
    }

    public PageScan? Page(string path) => pages.GetValueOrDefault(path);

    /// <summary>
    /// The site path (with a leading '/', a folder's page as its folder) nearest to a target that is not found: the one
    /// that differs only in case, else the closest by edit distance when it is close (a few letters); null when none is.
    /// </summary>
    public string? Nearest(Resolved.Internal target) =>
        nearest.GetOrAdd("/" + target.Path + (target.IsFolder && target.Path.Length > 0 ? "/" : string.Empty), wanted =>
        {
            var (byLower, all) = urls.Value;
            var lower = wanted.ToLowerInvariant();
            if (byLower.TryGetValue(lower, out var exact) || byLower.TryGetValue(lower.TrimEnd('/') + "/", out exact) || byLower.TryGetValue(lower.TrimEnd('/'), out exact))
            {
                return exact;
            }

            // The closest within a few letters (more for a longer path); the first in order of a tie.
            var limit = Math.Clamp(lower.Length / 4, 1, 5);
            var (best, bestDistance) = ((string?)null, limit + 1);
            foreach (var url in all)
            {
                var distance = Distance(lower, url.ToLowerInvariant(), bestDistance - 1);
                if (distance < bestDistance)
                {
                    (best, bestDistance) = (url, distance);
                }
            }

            return best;
        });

    /// <summary>
    /// The ids of a page nearest to a fragment it lacks, closest first (a case-only difference first of all): the close
    /// ones (a few letters off, more for a longer id; up to five) when there are, else the nearest three and Close false.
    /// </summary>
    public static (IReadOnlyList<string> Ids, bool Close) NearestIds(PageScan page, string fragment)
    {
        var lower = fragment.ToLowerInvariant();
        var ranked = page.Anchors
            .Where(a => a.Length > 0)
            .Select(a => (Id: a, Case: string.Equals(a, fragment, StringComparison.OrdinalIgnoreCase) ? 0 : 1, Distance: Distance(lower, a.ToLowerInvariant(), int.MaxValue)))
            .OrderBy(a => a.Case).ThenBy(a => a.Distance).ThenBy(a => a.Id, StringComparer.Ordinal)
            .ToList();
        var close = ranked.Where(a => a.Distance <= Math.Max(3, Math.Max(a.Id.Length, fragment.Length) / 2)).Take(IdsSuggested).Select(a => a.Id).ToList();
        return close.Count > 0 ? (close, true) : (ranked.Take(IdsNamed).Select(a => a.Id).ToList(), false);
    }

    /// <summary>The site path of a file: '/a/b/' for a folder's index.html, '/a/b.jpg' otherwise.</summary>
    public static string UrlOf(string file) =>
        file == "index.html" ? "/" : file.EndsWith("/index.html", StringComparison.Ordinal) ? "/" + file[..^"index.html".Length] : "/" + file;

    /// <summary>Every file as a site path ('/a/b/' for a folder's index.html, '/a/b.jpg' otherwise), and by its lower case.</summary>
    private static (Dictionary<string, string>, string[]) Urls(IReadOnlySet<string> files)
    {
        var all = files
            .Where(f => f != SiteRedirects.FileName)
            .Select(UrlOf)
            .Order(StringComparer.Ordinal)
            .ToArray();
        var byLower = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var url in all)
        {
            byLower.TryAdd(url.ToLowerInvariant(), url);
        }

        return (byLower, all);
    }

    /// <summary>Levenshtein distance, or a number above <paramref name="limit"/> as soon as it must be more.</summary>
    private static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
