namespace Site.Content.Model;

/// <summary>An entry of the main navigation.</summary>
public sealed record NavLink(string Title, string Url);
