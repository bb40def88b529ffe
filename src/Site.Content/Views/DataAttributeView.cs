namespace Site.Content.Views;

/// <summary>A data-* attribute for the comment section (the name without the "data-" prefix).</summary>
public sealed record DataAttributeView(string Name, string Value);
