using System.Runtime.CompilerServices;

namespace Site.Validation.Links;

/// <summary>
/// What a session of checks (the preview's) keeps between runs: each page's parse and scan, found again by the very
/// same HTML string (an unchanged page of a preview is the same object), and each page's resolved references,
/// reused while the site's index (its files and every page's anchors) is unchanged. Used by one check at a time.
/// </summary>
public sealed class LinkCheckCache
{
    internal ConditionalWeakTable<string, PageResult> Pages { get; } = new();

    internal IReadOnlySet<string>? Files { get; set; }

    internal Dictionary<string, PageScan> ScansByPath { get; set; } = new(StringComparer.Ordinal);

    internal int Generation { get; set; }

    /// <summary>How many pages the last check parsed (the others came from the cache).</summary>
    public int PagesParsed { get; internal set; }

    /// <summary>How many pages the last check resolved the references of.</summary>
    public int PagesResolved { get; internal set; }

    internal sealed class PageResult(PageScan scan, IReadOnlyList<LinkFailure> findings)
    {
        public PageScan Scan { get; } = scan;

        public IReadOnlyList<LinkFailure> Findings { get; } = findings;

        public int ResolvedGeneration { get; set; } = -1;

        public IReadOnlyList<LinkFailure> Resolved { get; set; } = [];

        public IReadOnlyList<(Reference Reference, Uri Url)> Externals { get; set; } = [];
    }
}
