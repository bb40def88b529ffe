namespace Site.Content.Model;

/// <summary>A clinical service line (cardiology, oncology...); each gets a listing page at <c>/services/&lt;slug&gt;/</c>.</summary>
public sealed record ServiceLine(string Slug, string Name, string Description);
