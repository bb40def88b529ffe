namespace Site.Content.Views;

/// <summary>A document facet: the page to render and the layout to render it with.</summary>
public sealed record PageLayout(string Layout, PageView Page);
