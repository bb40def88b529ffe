using Site.Content.Compliance;
using Site.Content.Takedown;
using Site.Engine.Diagnostics;

namespace Site.Build;

/// <summary>What a build did: its diagnostics (sorted), the files it wrote, what it left out, every story's status, and how long it took.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Written, IReadOnlyList<ExcludedContent> Excluded, DateOnly Today, TimeSpan Elapsed)
{
    public IReadOnlyList<StoryStatus> Stories { get; init; } = [];

    public IReadOnlyList<Withdrawal> Withdrawals { get; init; } = [];

    /// <summary>The references to withdrawn stories that the build took out of pages, in page order.</summary>
    public IReadOnlyList<RemovedReference> RemovedReferences { get; init; } = [];

    /// <summary>Every file of the new site, in memory, when the build succeeded (what a preview serves).</summary>
    public IReadOnlyList<Engine.Documents.Document> Published { get; init; } = [];

    /// <summary>How many photos this build encoded (new or changed, or no cache), and how many it took from the image cache.</summary>
    public (int Encoded, int FromCache) Photos { get; init; }

    /// <summary>What Pagefind did when this build made a search index (how many pages, how long); null when it made none.</summary>
    public SearchIndexer.Outcome? SearchIndex { get; init; }
    /// <summary>How many share images the build drew, and how many it took from the cache.</summary>
    public (int Drawn, int FromCache) ShareImages { get; init; }

    /// <summary>The build cache's manifest whose result this is, when nothing changed since that build and the output was left as it was; null when the build ran.</summary>
    public string? ReplayedFrom { get; init; }

    /// <summary>Why the build cache was not used (an info line, SG1026), printed before the diagnostics and not one of them; null without a cache or when it was used.</summary>
    public Diagnostic? CacheNote { get; init; }

    /// <summary>How many pages were not parsed again because the build cache kept their scan from an earlier build.</summary>
    public int PageScans { get; init; }

    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    public int WarningCount => Diagnostics.Count(d => d.Severity == Severity.Warning);

    public bool Succeeded => ErrorCount == 0;

    public int PagesWritten => Written.Count(p => p.EndsWith(".html", StringComparison.Ordinal));
}
