namespace Site.Content.Takedown;

/// <summary>A page facet: the references to withdrawn stories that were taken out of it.</summary>
public sealed record RemovedReferences(IReadOnlyList<RemovedReference> Items);
