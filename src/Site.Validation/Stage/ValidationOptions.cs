using Site.Engine.Diagnostics;
using Site.Engine.Documents;
using Site.Validation.External;
using Site.Validation.Links;

namespace Site.Validation.Stage;

/// <summary>
/// How the validate stage checks a site: the site's own address (absolute links to it count as internal), the
/// checks each page gets (structure, the first-party rule...), the texts no file may hold, where a failure was
/// written in a source (a build maps a broken link back to its Markdown line), and the external check (off by default).
/// </summary>
public sealed record ValidationOptions
{
    /// <summary>The production address of the site, such as https://stories.example.org; null when unknown.</summary>
    public string? SiteUrl { get; init; }

    /// <summary>The checks run on each page's one parse, in order.</summary>
    public IReadOnlyList<IPageCheck> PageChecks { get; init; } = [];

    /// <summary>
    /// Texts that must not appear in any file but the ones each names as allowed (a withdrawn story's address), worked
    /// out in the run (from what the other pipelines made).
    /// </summary>
    public Func<Engine.Pipelines.PipelineContext, IReadOnlyList<Trace>>? Traces { get; init; }

    /// <summary>
    /// The diagnostic to report for a failure found on a page: a build relocates a failure to the Markdown line that
    /// wrote the link (and says so when a link leads to a withdrawn story). Null: report as found.
    /// </summary>
    public Func<Engine.Pipelines.PipelineContext, Document, LinkFailure, Diagnostic>? Relocate { get; init; }

    /// <summary>
    /// Where a rule of the site's <c>_redirects</c> that a link follows comes from, for the message (a build names the
    /// <c>redirect_from</c> that made it). Null: "301 in _redirects line 4".
    /// </summary>
    public Func<Engine.Pipelines.PipelineContext, RedirectRule, string>? DescribeRedirect { get; init; }

    /// <summary>Scans of clean pages kept from an earlier build, so that an unchanged page is not parsed again; null keeps none.</summary>
    public IPageScanStore? Scans { get; init; }

    /// <summary>Options for checking http and https links on other sites; null (the default) skips them.</summary>
    public ExternalLinkOptions? External { get; init; }

    /// <summary>Whether the stage runs after other pipelines reported errors (a build checks only a site that was made).</summary>
    public bool RunAfterErrors { get; init; }

    /// <summary>
    /// After errors, the names (slugs) of the source files that failed, so the rest of the site is still checked and
    /// a link to a page that could not be made is not reported as broken too; null when the site cannot be checked
    /// this way (an error outside the content files, such as in a template).
    /// </summary>
    public Func<Engine.Pipelines.PipelineContext, IReadOnlySet<string>?>? FailedSources { get; init; }
}
