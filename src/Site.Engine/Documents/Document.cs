using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Site.Engine.Documents;

/// <summary>
/// An immutable unit of work flowing through pipelines. Besides its identity, source and output path it
/// carries typed facets: at most one value per facet type (the parsed front matter, the rendered HTML...),
/// added with <see cref="With{T}"/> and read with <see cref="Get{T}"/>. There is no string-keyed metadata.
/// </summary>
public sealed record Document
{
    private ImmutableDictionary<Type, object> facets = ImmutableDictionary<Type, object>.Empty;

    public Document(string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        Id = id;
    }

    /// <summary>A key unique within its pipeline (usually the source path).</summary>
    public string Id { get; init; }

    /// <summary>The source file, relative to the working folder with forward slashes, if the document has one.</summary>
    public string? SourcePath { get; init; }

    /// <summary>Where the document is written, relative to the output folder with forward slashes; null if it is not written.</summary>
    public string? OutputPath { get; init; }

    public DocumentContent? Content { get; init; }

    public IEnumerable<Type> FacetTypes => facets.Keys;

    public Document With<T>(T facet)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(facet);
        return this with { facets = facets.SetItem(typeof(T), facet) };
    }

    public Document Without<T>()
        where T : class => this with { facets = facets.Remove(typeof(T)) };

    public bool Has<T>()
        where T : class => facets.ContainsKey(typeof(T));

    public T Get<T>()
        where T : class =>
        TryGet<T>(out var value)
            ? value
            : throw new InvalidOperationException($"Document '{Id}' has no facet {typeof(T).Name}.");

    public bool TryGet<T>([NotNullWhen(true)] out T? value)
        where T : class
    {
        if (facets.TryGetValue(typeof(T), out var found))
        {
            value = (T)found;
            return true;
        }

        value = null;
        return false;
    }

    public bool Equals(Document? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
}
