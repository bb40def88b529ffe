using System.Collections.Immutable;
using Site.Engine.Diagnostics;
using Site.Engine.Documents;
using Site.Engine.Modules;
using Site.Engine.Pipelines;
using Site.Validation.External;
using Site.Validation.Links;

namespace Site.Validation.Stage;

/// <summary>
/// The last step of the link check: every failure found on the pages (checked against other sites first when the
/// options ask for it), placed where it was written (<see cref="ValidationOptions.Relocate"/>) and reported. The same
/// broken target on many pages (a menu link) is reported a few times and then summed up, so one mistake does not
/// bury the others. Adds a document with the <see cref="LinkReport"/> (what <c>site check</c> prints).
/// </summary>
public sealed class ReportLinkFailures(ValidationOptions options) : IModule
{
    public const string ReportId = "validate:report";

    private const int RepeatsShown = 5;

    public async ValueTask<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var found = new List<(Document Page, LinkFailure Failure)>();
        var externals = new List<(Reference Reference, Uri Url)>();
        var (pages, references) = (0, 0);
        foreach (var document in inputs)
        {
            if (document.TryGet<PageScan>(out var scan))
            {
                pages++;
                references += scan.References.Count;
            }

            if (document.TryGet<PageFindings>(out var findings))
            {
                found.AddRange(findings.OnPage.Concat(findings.Resolved).Select(f => (document, f)));
                externals.AddRange(findings.Externals);
            }
        }

        var byPage = inputs.Where(d => d.OutputPath is not null).ToDictionary(d => d.OutputPath!, StringComparer.Ordinal);
        var externalCount = 0;
        if (options.External is { } external && externals.Count > 0)
        {
            var answers = await new ExternalLinkChecker(external).CheckAsync(externals.Select(e => e.Url), context.CancellationToken).ConfigureAwait(false);
            externalCount = answers.Count;
            foreach (var (reference, url) in externals)
            {
                var result = answers[ExternalLinkChecker.WithoutFragment(url)];
                if (!result.Ok)
                {
                    var (code, message) = result.Status is not null
                        ? (DiagnosticCodes.ExternalBroken, $"external {ReferenceCheck.Noun(reference.Kind)} {Html.Printable.Escape(reference.Target)} is broken: {result.Detail}")
                        : (DiagnosticCodes.ExternalUnreachable, $"external {ReferenceCheck.Noun(reference.Kind)} {Html.Printable.Escape(reference.Target)} could not be reached: {result.Detail}");
                    found.Add((byPage[reference.Location.Path], new LinkFailure(Diagnostic.Error(code, reference.Location, message), "external", reference.Target)));
                }
            }
        }

        var failed = inputs.FirstOrDefault(d => d.Id == FailedSources.Id)?.Get<FailedSources>();
        var failures = found
            .Where(f => failed is null || f.Failure.Diagnostic.Code is not (DiagnosticCodes.LinkNotFound or DiagnosticCodes.FragmentNotFound) || !failed.Covers(f.Failure.Target))
            .OrderBy(f => f.Failure.Diagnostic, DiagnosticOrder.Instance)
            .ToList();
        var repeats = new Dictionary<(string Code, string Target), int>();
        foreach (var (page, failure) in failures)
        {
            var diagnostic = options.Relocate?.Invoke(context, page, failure) ?? failure.Diagnostic;
            if (diagnostic.Location.Path != page.OutputPath || failure.Target.Length == 0)
            {
                context.Diagnostics.Report(diagnostic);
                continue;
            }

            var key = (diagnostic.Code, failure.Target);
            var seen = repeats[key] = repeats.GetValueOrDefault(key) + 1;
            if (seen <= RepeatsShown)
            {
                context.Diagnostics.Report(diagnostic);
            }
        }

        foreach (var ((code, target), count) in repeats.Where(r => r.Value > RepeatsShown))
        {
            var (page, first) = failures.First(f => f.Failure.Target == target && (options.Relocate?.Invoke(context, f.Page, f.Failure) ?? f.Failure.Diagnostic).Code == code);
            var diagnostic = options.Relocate?.Invoke(context, page, first) ?? first.Diagnostic;
            context.Diagnostics.Report(diagnostic with
            {
                Message = $"{diagnostic.Message}: the same target fails on {count - RepeatsShown} more pages; it comes from the theme or site.yml, so one fix mends them all",
            });
        }

        var report = new LinkReport(failures.Select(f => f.Failure).ToList(), pages, references, externalCount);
        return inputs.Add(new Document(ReportId).With(report));
    }

    /// <summary>A session reports the same again while no page changed (and no external check is asked for).</summary>
    public Signature? DependsOn(ImmutableArray<Document> inputs, PipelineContext context) => options.External is null ? Signature.Of(Signature.By(inputs, d => d)) : null;
}
