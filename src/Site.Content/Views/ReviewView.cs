namespace Site.Content.Views;

/// <summary>The visible medical review line: who reviewed the page and when.</summary>
public sealed record ReviewView(string ReviewedBy, string ReviewedOn, string ReviewedOnIso);
