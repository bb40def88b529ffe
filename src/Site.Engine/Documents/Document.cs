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
    // A document has a handful of facets: a small array searched by type is faster than any dictionary.
    private (Type Type, object Value)[] facets = [];

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

    public IEnumerable<Type> FacetTypes => facets.Select(f => f.Type);

    public Document With<T>(T facet)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(facet);
        var type = typeof(T);
        var index = IndexOf(type);
        var next = index < 0 ? new (Type, object)[facets.Length + 1] : new (Type, object)[facets.Length];
        facets.CopyTo(next, 0);
        next[index < 0 ? facets.Length : index] = (type, facet);
        return this with { facets = next };
    }

    public Document Without<T>()
        where T : class => IndexOf(typeof(T)) < 0 ? this : this with { facets = facets.Where(f => f.Type != typeof(T)).ToArray() };

    public bool Has<T>()
        where T : class => IndexOf(typeof(T)) >= 0;

    public T Get<T>()
        where T : class =>
        TryGet<T>(out var value)
            ? value
            : throw new InvalidOperationException($"Document '{Id}' has no facet {typeof(T).Name}.");

    public bool TryGet<T>([NotNullWhen(true)] out T? value)
        where T : class
    {
        var index = IndexOf(typeof(T));
        if (index >= 0)
        {
            value = (T)facets[index].Value;
            return true;
        }

        value = null;
        return false;
    }

    public bool Equals(Document? other) => ReferenceEquals(this, other);

    private int IndexOf(Type type)
    {
        for (var i = 0; i < facets.Length; i++)
        {
            if (ReferenceEquals(facets[i].Type, type))
            {
                return i;
            }
        }

        return -1;
    }

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
}
