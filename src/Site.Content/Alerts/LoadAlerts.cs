using System.Collections.Immutable;
using Site.Engine.Documents;
using Site.Engine.Files;
using Site.Engine.Modules;
using Site.Engine.Pipelines;

namespace Site.Content.Alerts;

/// <summary>Reads the alert files of <c>input/alerts/</c> (<see cref="AlertSet"/>) into one document, with every problem at its line.</summary>
public sealed class LoadAlerts(string folder, Func<string, string> displayPath, SourceReader reader) : IModule
{
    public const string Id = "alerts:files";

    public ValueTask<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context) =>
        ValueTask.FromResult(ImmutableArray.Create(new Document(Id).With(new LoadedAlerts(AlertSet.Load(folder, displayPath, reader, context.Diagnostics).Select(a => a.Value).ToList()))));
}
