using Site.Content.Formats;

namespace Site.Content.Markdown;

/// <summary>
/// A document facet: the HTML of the Markdown body, its outline of headings, and every link and image it
/// writes (so that a broken link found in the HTML can be reported at its line in the Markdown file), and the links
/// and images left out because their URL scheme is not allowed.
/// </summary>
public sealed record RenderedMarkdown(string Html, IReadOnlyList<Heading> Outline, IReadOnlyList<SourceLink> Links)
{
    // Every story's HTML is kept to the end of the build: as UTF-8, half the memory (docs/BENCHMARKS.md).
    private readonly PackedText html = new(Html);

    /// <summary>The HTML of the body (a new string each time it is asked for).</summary>
    public string Html
    {
        get => html.ToString();
        init => html = new(value);
    }

    public IReadOnlyList<SourceLink> Refused { get; init; } = [];

    /// <summary>The text a reader reads (no code, HTML or URLs), to tell its language.</summary>
    public string Prose { get; init; } = string.Empty;

    /// <summary>What <see cref="RawHtmlPolicy"/> removed or refused in the raw HTML, at file lines.</summary>
    public IReadOnlyList<HtmlFinding> RawHtml { get; init; } = [];

    /// <summary>Set instead of HTML when the text is past <see cref="MarkdownLimits"/>: the file line and what is wrong.</summary>
    public (int Line, string Problem)? Beyond { get; init; }
}
