namespace Site.Content.Views;

/// <summary>A link as templates see it: its text and root-relative URL.</summary>
public sealed record LinkView(string Title, string Url);
