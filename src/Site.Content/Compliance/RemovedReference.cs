namespace Site.Content.Compliance;

/// <summary>
/// One reference to a withdrawn story that a build took out of a page: which story, where it was written (the
/// Markdown file and line, or the page when it came from the theme), what it was (a link, an image, a mention of the
/// address) and the text the page shows instead (null when nothing is shown).
/// </summary>
public sealed record RemovedReference(string StoryUrl, string File, int Line, int Column, string Page, string What, string? Shown);
