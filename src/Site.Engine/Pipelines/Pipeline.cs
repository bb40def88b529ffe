using System.Collections.Immutable;
using Site.Engine.Modules;

namespace Site.Engine.Pipelines;

/// <summary>
/// A named declaration: the pipelines whose outputs it reads, and the modules it runs in order.
/// When <see cref="Publishes"/> is set, its output documents that have an output path are written to the site.
/// </summary>
public sealed record Pipeline
{
    public Pipeline(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
    }

    public string Name { get; }

    public ImmutableArray<string> Dependencies { get; init; } = [];

    public ImmutableArray<IModule> Modules { get; init; } = [];

    public bool Publishes { get; init; }

    public Pipeline DependsOn(params string[] names) => this with { Dependencies = Dependencies.AddRange(names) };

    public Pipeline Then(IModule module) => this with { Modules = Modules.Add(module) };

    public Pipeline Then(IDocumentModule module) => Then(new ForEachDocument(module));

    public Pipeline Publish() => this with { Publishes = true };
}
