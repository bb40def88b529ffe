using System.Collections.Immutable;
using Site.Engine.Documents;
using Site.Engine.Files;
using Site.Engine.Modules;
using Site.Engine.Pipelines;

namespace Site.Content.Templates;

/// <summary>Reads and parses the theme's templates (<see cref="ThemeTemplates"/>) into one document, with every template error at its line.</summary>
public sealed class LoadTheme(string themeRoot, Func<string, string> displayPath, SourceReader reader) : IModule
{
    public const string Id = "theme:templates";

    public ValueTask<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context) =>
        ValueTask.FromResult(ImmutableArray.Create(new Document(Id).With(ThemeTemplates.Load(themeRoot, displayPath, reader, context.Diagnostics))));
}
