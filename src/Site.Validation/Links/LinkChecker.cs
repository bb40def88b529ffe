using System.Collections.Immutable;
using Site.Engine.Diagnostics;
using Site.Engine.Documents;
using Site.Engine.Modules;
using Site.Engine.Pipelines;
using Site.Validation.Stage;

namespace Site.Validation.Links;

/// <summary>
/// Checks a folder of built HTML (or pages in memory) with the validate stage: the pages and files become documents
/// of a run of the engine whose only other step is <see cref="ValidationStage"/>, so a folder is checked by exactly
/// the rules a build checks itself with. What <c>site check</c> and the link tests use.
/// </summary>
public sealed class LinkChecker(ValidationOptions options)
{
    /// <param name="pages">The HTML pages, by path relative to the site's folder.</param>
    /// <param name="files">Every file of the site (pages too), by the same paths.</param>
    /// <param name="folder">The site's folder, when it is on disk (its stylesheets are then read too).</param>
    /// <param name="cancellationToken">Stops the check.</param>
    public async Task<LinkReport> CheckAsync(IReadOnlyList<PageSource> pages, IReadOnlySet<string> files, string? folder = null, CancellationToken cancellationToken = default)
    {
        var html = pages.ToDictionary(p => p.Path, StringComparer.Ordinal);
        var documents = files.Order(StringComparer.Ordinal)
            .Select(f => new Document(f)
            {
                OutputPath = f,
                Content = html.TryGetValue(f, out var page) ? DocumentContent.FromText(page.Html)
                    : folder is not null ? DocumentContent.FromFile(Path.Combine(folder, f))
                    : DocumentContent.FromText(string.Empty),
            })
            .ToImmutableArray();
        var diagnostics = new DiagnosticBag();
        var site = new Pipeline("site").Then(new Given(documents));
        var stage = ValidationStage.Create(["site"], ["site"], options with { RunAfterErrors = true });
        var result = await new PipelineRunner(new EngineOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }).RunAsync([site, stage], diagnostics, cancellationToken).ConfigureAwait(false);
        var report = result.Outputs[ValidationStage.Name].Single(d => d.Id == ReportLinkFailures.ReportId).Get<LinkReport>();

        // Findings of the other checks of the stage (traces, stylesheets) that are not link failures.
        var reported = report.Failures.Select(f => f.Diagnostic).ToHashSet();
        var others = diagnostics.ToSortedList().Where(d => !reported.Contains(d)).Select(d => new LinkFailure(d, d.Code == DiagnosticCodes.ThirdPartyResource ? "third-party" : "page", string.Empty));
        return report with { Failures = report.Failures.Concat(others).OrderBy(f => f.Diagnostic, DiagnosticOrder.Instance).ToList() };
    }

    /// <summary>Reads every file of a folder: the HTML pages to check and the set of all files that links may name.</summary>
    public static (IReadOnlyList<PageSource> Pages, IReadOnlySet<string> Files) ReadFolder(string folder)
    {
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/'))
            .ToHashSet(StringComparer.Ordinal);
        var pages = files
            .Where(CheckPages.IsHtml)
            .Order(StringComparer.Ordinal)
            .AsParallel().AsOrdered()
            .Select(f => new PageSource(f, File.ReadAllText(Path.Combine(folder, f))))
            .ToList();
        return (pages, files);
    }

    private sealed class Given(ImmutableArray<Document> documents) : IModule
    {
        public ValueTask<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context) => ValueTask.FromResult(documents);
    }
}
