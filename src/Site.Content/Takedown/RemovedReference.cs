namespace Site.Content.Takedown;

/// <summary>
/// One reference to a withdrawn story that a build took out of a page: which story, where it was written (the
/// Markdown file and line, or the page itself when it came from the theme or site.yml), what it was (a link, an
/// image, a mention of the address), the URL as written, and the text the page shows instead (null when nothing is).
/// </summary>
public sealed record RemovedReference(string StoryUrl, string File, int Line, int Column, string Page, string What, string? Shown)
{
    public string Href { get; init; } = string.Empty;

    /// <summary>Whether the page shows the neutral text instead (the reference's words named the story or the patient).</summary>
    public bool Neutral { get; init; }

    /// <summary>Whether it came from the theme or site.yml rather than from the page's Markdown.</summary>
    public bool FromTheme { get; init; }
}
