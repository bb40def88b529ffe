namespace Site.Validation.Stage;

/// <summary>A document facet: the slugs of the source files that failed earlier in the run (links to them are not reported).</summary>
public sealed record FailedSources(IReadOnlySet<string> Slugs)
{
    public const string Id = "validate:failed-sources";

    /// <summary>Whether a link target names a page of a failed file (<c>/stories/slug/</c>, <c>../slug/#part</c>).</summary>
    public bool Covers(string target)
    {
        var path = target.Split('#', '?')[0].TrimEnd('/');
        var slug = path[(path.LastIndexOf('/') + 1)..];
        return Slugs.Contains(slug);
    }
}
