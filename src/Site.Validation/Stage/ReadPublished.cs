using System.Collections.Immutable;
using Site.Engine.Diagnostics;
using Site.Engine.Documents;
using Site.Engine.Modules;
using Site.Engine.Output;
using Site.Engine.Pipelines;

namespace Site.Validation.Stage;

/// <summary>
/// The first step of the validate stage: every document the named pipelines publish (with an output path and
/// content), in the order the site is written; two documents writing one path, or a path that leaves the output
/// folder, are errors here. Nothing passes when an earlier pipeline reported an error, unless the options say so or
/// name the content files that failed (<see cref="ValidationOptions.FailedSources"/>), which then go along as a
/// <see cref="Stage.FailedSources"/> document.
/// </summary>
public sealed class ReadPublished(IReadOnlyList<string> pipelines, ValidationOptions options) : IModule
{
    public ValueTask<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        IReadOnlySet<string> failed = new HashSet<string>(StringComparer.Ordinal);
        if (!options.RunAfterErrors && context.Diagnostics.HasErrors)
        {
            if (options.FailedSources?.Invoke(context) is not { } known)
            {
                return ValueTask.FromResult(ImmutableArray<Document>.Empty);
            }

            failed = known;
        }

        var published = pipelines
            .SelectMany(p => context.OutputsOf(p))
            .Where(d => d.OutputPath is not null && d.Content is not null)
            .Order(DocumentOrder.Instance)
            .ToImmutableArray();
        var bag = new DiagnosticBag();
        if (!OutputWriter.Validate(published, bag))
        {
            context.Diagnostics.ReportAll(bag.ToList());
            return ValueTask.FromResult(ImmutableArray<Document>.Empty);
        }

        return ValueTask.FromResult(failed.Count == 0 ? published : published.Add(new Document(FailedSources.Id).With(new FailedSources(failed))));
    }
}
