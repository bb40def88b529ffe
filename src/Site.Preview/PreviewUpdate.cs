using Site.Engine.Diagnostics;

namespace Site.Preview;

/// <summary>
/// What one rebuild of the preview gave: whether it succeeded, the URLs whose content changed, its diagnostics and
/// its time. Tabs showing a changed page reload; changed stylesheets are swapped in every tab without a reload.
/// </summary>
public sealed record PreviewUpdate(bool Succeeded, IReadOnlyList<string> ChangedUrls, IReadOnlyList<Diagnostic> Diagnostics, TimeSpan Elapsed)
{
    public bool StylesChanged => ChangedUrls.Any(IsStylesheet);

    /// <summary>Whether only stylesheets changed (no tab needs to reload).</summary>
    public bool StylesOnly => ChangedUrls.Count > 0 && ChangedUrls.All(IsStylesheet);

    /// <summary>The changed URLs that are not stylesheets: the tabs showing one of them reload.</summary>
    public IEnumerable<string> PagesToReload => ChangedUrls.Where(u => !IsStylesheet(u));

    private static bool IsStylesheet(string url) => url.EndsWith(".css", StringComparison.Ordinal);
}
