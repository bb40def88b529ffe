using System.Collections.Immutable;
using Site.Engine.Documents;
using Site.Engine.Files;
using Site.Engine.Modules;
using Site.Engine.Pipelines;

namespace Site.Content.Settings;

/// <summary>
/// The first step of every build: reads <c>input/site.yml</c> (<see cref="SiteSettingsLoader"/>) into one document
/// with a <see cref="LoadedSettings"/> facet, with every problem at its line. Nothing when the file has an error.
/// </summary>
public sealed class LoadSettings(string fullPath, string displayPath, SourceReader reader) : IModule
{
    public const string Id = "settings:site.yml";

    public ValueTask<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context) =>
        ValueTask.FromResult(SiteSettingsLoader.Load(fullPath, displayPath, reader, context.Diagnostics) is var (settings, zone)
            ? ImmutableArray.Create(new Document(Id) { SourcePath = displayPath }.With(new LoadedSettings(settings, zone)))
            : ImmutableArray<Document>.Empty);
}
