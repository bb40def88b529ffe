using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Site.Content.Markdown;

/// <summary>
/// The one seam to Markdig. The pipeline is built once: GitHub-style heading ids, pipe tables, footnotes,
/// task lists and auto links; raw HTML is not passed through (it is shown as text), so an editor cannot add
/// scripts or styles by accident. Thread-safe.
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline pipeline = new MarkdownPipelineBuilder()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UsePipeTables()
        .UseFootnotes()
        .UseTaskLists()
        .UseAutoLinks()
        .DisableHtml()
        .Build();

    /// <param name="body">The Markdown text.</param>
    /// <param name="firstLine">The 1-based line of the file where the body starts, so headings report file lines.</param>
    public RenderedMarkdown Render(string body, int firstLine)
    {
        var document = Markdig.Markdown.Parse(body, pipeline);
        var outline = new List<Heading>();
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var id = heading.GetAttributes().Id ?? string.Empty;
            outline.Add(new Heading(heading.Level, PlainText(heading.Inline), id, firstLine + heading.Line));
        }

        var links = document.Descendants<LinkInline>()
            .Where(l => !string.IsNullOrEmpty(l.Url))
            .Select(l => new SourceLink(l.Url!, firstLine + l.Line, l.Column + 1, l.IsImage))
            .ToList();
        var html = Markdig.Markdown.ToHtml(document, pipeline);
        return new RenderedMarkdown(html, outline, links);
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
