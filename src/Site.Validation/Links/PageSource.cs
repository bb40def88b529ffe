namespace Site.Validation.Links;

/// <summary>An HTML page to check: its path relative to the site folder (forward slashes) and its text.</summary>
public sealed record PageSource(string Path, string Html);
