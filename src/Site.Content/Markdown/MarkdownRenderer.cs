using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Site.Engine.Links;

namespace Site.Content.Markdown;

/// <summary>
/// The one seam to Markdig. The pipeline is built once: GitHub-style heading ids, pipe tables, footnotes,
/// task lists, auto links, alert blocks (<c>&gt; [!NOTE]</c>) and emoji shortcodes (<c>:tada:</c>, not smileys), written
/// the site's way (<see cref="SiteHtmlRenderers"/>). Raw HTML is passed through <see cref="RawHtmlPolicy"/>: comments
/// never reach the page, what the allowlist does not hold is removed with a warning, and scripts, styles, embeds,
/// forms and event handlers are errors (<see cref="RenderedMarkdown.RawHtml"/>). A link whose URL scheme <see cref="UrlSchemes"/> refuses (<c>javascript:</c>),
/// whatever its syntax (inline, reference, autolink), is left out of the HTML, keeping its text, and listed in
/// <see cref="RenderedMarkdown.Refused"/>; so is an image. A text past <see cref="MarkdownLimits"/> is not parsed at all
/// (<see cref="RenderedMarkdown.Beyond"/>). Thread-safe.
/// </summary>
public sealed class MarkdownRenderer(UrlSchemes? schemes = null)
{
    private readonly UrlSchemes schemes = schemes ?? UrlSchemes.Default;

    private readonly MarkdownPipeline pipeline = new MarkdownPipelineBuilder()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UsePipeTables()
        .UseFootnotes()
        .UseTaskLists()
        .UseAutoLinks()
        .UseAlertBlocks(SiteHtmlRenderers.AlertTitle)
        .UseEmojiAndSmiley(Markdig.Extensions.Emoji.EmojiMapping.DefaultEmojisOnlyMapping)
        .Use<SiteHtmlRenderers>()
        .Build();

    /// <param name="body">The Markdown text.</param>
    /// <param name="firstLine">The 1-based line of the file where the body starts, so headings report file lines.</param>
    /// <param name="title">
    /// The page's title, when it has one: a text that opens with the title as a level-1 heading (as pages written for
    /// other tools do) has that heading left out, since the layout writes the title.
    /// </param>
    public RenderedMarkdown Render(string body, int firstLine, string? title = null)
    {
        if (MarkdownLimits.Check(body) is var (line, problem))
        {
            return new RenderedMarkdown(string.Empty, [], []) { Beyond = (firstLine + line - 1, problem) };
        }

        try
        {
            return RenderWithin(body, firstLine, title);
        }
        catch (ArgumentException)
        {
            // Markdig's own depth limit, for a shape the limits do not foresee (it also throws for a lone surrogate in a
            // URL, which a file read as UTF-8 cannot hold; found by fuzzing).
            var blank = body.TakeWhile(char.IsWhiteSpace).Count(c => c == '\n');
            return new RenderedMarkdown(string.Empty, [], []) { Beyond = (firstLine + blank, "the text is nested too deeply for the Markdown parser") };
        }
    }

    private RenderedMarkdown RenderWithin(string body, int firstLine, string? title)
    {
        var document = Markdig.Markdown.Parse(body, pipeline);
        if (title is not null && document.FirstOrDefault() is HeadingBlock { Level: 1 } opening && SameWords(PlainText(opening.Inline), title))
        {
            document.Remove(opening);
        }
        var outline = new List<Heading>();
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var id = heading.GetAttributes().Id ?? string.Empty;
            outline.Add(new Heading(heading.Level, PlainText(heading.Inline), id, firstLine + heading.Line));
        }

        var refused = new List<SourceLink>();
        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (schemes.Refused(autolink.Url) is not null)
            {
                refused.Add(new SourceLink(autolink.Url, firstLine + autolink.Line, autolink.Column + 1));
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
        }

        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (!string.IsNullOrEmpty(link.Url) && schemes.Refused(link.Url) is not null)
            {
                // A reference link is reported where its URL is written: at the definition.
                var (line, column) = link.Reference is { } definition ? (definition.Line, definition.Column) : (link.Line, link.Column);
                refused.Add(new SourceLink(link.Url, firstLine + line, column + 1, link.IsImage));
                Unwrap(link);
            }
        }

        var links = document.Descendants<LinkInline>()
            .Where(l => !string.IsNullOrEmpty(l.Url))
            .Select(l => new SourceLink(l.Url!, firstLine + l.Line, l.Column + 1, l.IsImage))
            .ToList();
        var prose = Prose(document);
        var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        var raw = new RawHtmlMarks(firstLine);
        raw.Install(renderer);
        renderer.Render(document);
        var html = writer.ToString();
        if (!raw.Any)
        {
            return new RenderedMarkdown(html, outline, links) { Refused = refused, Prose = prose };
        }

        var (clean, findings, rawLinks) = RawHtmlPolicy.Clean(html, raw.Tags, schemes, raw.FirstLine);
        return new RenderedMarkdown(clean, outline, [.. links, .. rawLinks]) { Refused = refused, RawHtml = findings, Prose = prose };
    }

    private static bool SameWords(string a, string b) =>
        string.Join(' ', a.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries)).Equals(string.Join(' ', b.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries)), StringComparison.OrdinalIgnoreCase);

    /// <summary>The words a reader reads: the text of paragraphs, headings, lists and tables, without code, HTML or URLs.</summary>
    private static string Prose(MarkdownDocument document)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var leaf in document.Descendants<LeafBlock>())
        {
            if (leaf is CodeBlock || leaf.Inline is null)
            {
                continue;
            }

            foreach (var literal in leaf.Inline.Descendants<LiteralInline>())
            {
                builder.Append(literal.Content.AsSpan()).Append(' ');
            }

            builder.Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>Takes a link out, leaving its text in its place (an image leaves nothing).</summary>
    private static void Unwrap(LinkInline link)
    {
        if (!link.IsImage)
        {
            for (var child = link.FirstChild; child is not null;)
            {
                var next = child.NextSibling;
                child.Remove();
                link.InsertBefore(child);
                child = next;
            }
        }

        link.Remove();
    }

    private static string PlainText(ContainerInline? inline)
    {
        if (inline is null)
        {
            return string.Empty;
        }

        var builder = new System.Text.StringBuilder();
        foreach (var child in inline.Descendants())
        {
            switch (child)
            {
                case LiteralInline literal:
                    builder.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    builder.Append(code.Content);
                    break;
            }
        }

        return builder.ToString();
    }
}
