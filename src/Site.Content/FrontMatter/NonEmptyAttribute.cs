namespace Site.Content.FrontMatter;

/// <summary>Marks a list field that is required and must hold at least one item.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class NonEmptyAttribute : Attribute;
