using System.Globalization;
using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Extensions.TaskLists;
using Markdig.Helpers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Site.Content.Markdown;

/// <summary>
/// How the site writes some of Markdig's output, for readers of every kind: a task list item is a mark and a word
/// for screen readers, not a disabled form control without a label; footnote links and back-links have names that
/// say where they go; a table scrolls inside a focusable, labelled box and a code block is focusable, so that neither
/// pushes the page sideways on a phone; an alert block's title is an icon and a word; an image with a title that stands
/// alone in its paragraph is a figure whose caption is the title (<see cref="CaptionOf"/>). Added last to the pipeline, so
/// that it replaces the renderers the extensions set up. A new set of renderers is made for every page (they count
/// the page's tables).
/// </summary>
public sealed class SiteHtmlRenderers : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html)
        {
            return;
        }

        Replace<HtmlTaskListRenderer>(html, new TaskMarkRenderer());
        Replace<HtmlFootnoteLinkRenderer>(html, new NamedFootnoteLinkRenderer());
        Replace<HtmlTableRenderer>(html, new BoxedTableRenderer());
        Replace<CodeBlockRenderer>(html, new FocusableCodeBlockRenderer());
        Replace<ParagraphRenderer>(html, new FigureParagraphRenderer());
    }

    /// <summary>Puts <paramref name="replacement"/> where Markdig's renderer of type <typeparamref name="T"/> was.</summary>
    internal static void Replace<T>(HtmlRenderer renderer, IMarkdownObjectRenderer replacement)
        where T : IMarkdownObjectRenderer
    {
        var index = renderer.ObjectRenderers.FindIndex(r => r is T);
        if (index >= 0)
        {
            renderer.ObjectRenderers[index] = replacement;
        }
        else
        {
            renderer.ObjectRenderers.Add(replacement);
        }
    }

    /// <summary>The title of an alert block (<c>&gt; [!NOTE]</c>): an icon drawn by the theme, then the word.</summary>
    public static void AlertTitle(HtmlRenderer renderer, StringSlice kind)
    {
        var word = kind.ToString().ToUpperInvariant() switch
        {
            "NOTE" => "Note",
            "TIP" => "Tip",
            "IMPORTANT" => "Important",
            "WARNING" => "Warning",
            "CAUTION" => "Caution",
            _ => null,
        };
        if (word is not null)
        {
            renderer.WriteLine($"<p class=\"markdown-alert-title\"><span class=\"markdown-alert-icon\" aria-hidden=\"true\"></span>{word}</p>");
        }
    }

    /// <summary>
    /// The image of a paragraph that holds nothing else (spaces aside) and has a title, as in
    /// <c>![alt](media/x.jpg "Caption")</c> on a line of its own, and its caption; null for any other paragraph. An image
    /// inside a sentence, a linked image or one without a title stays as Markdig writes it.
    /// </summary>
    public static (LinkInline Image, string Caption)? CaptionOf(ParagraphBlock paragraph)
    {
        LinkInline? image = null;
        for (var child = paragraph.Inline?.FirstChild; child is not null; child = child.NextSibling)
        {
            switch (child)
            {
                case LinkInline { IsImage: true } link when image is null:
                    image = link;
                    break;
                case LiteralInline literal when literal.Content.IsEmptyOrWhitespace():
                case LineBreakInline:
                    break;
                default:
                    return null;
            }
        }

        return image is { Title: { } title } && !string.IsNullOrWhiteSpace(title) ? (image, title.Trim()) : null;
    }

    private sealed class FigureParagraphRenderer : ParagraphRenderer
    {
        protected override void Write(HtmlRenderer renderer, ParagraphBlock obj)
        {
            if (renderer.ImplicitParagraph || CaptionOf(obj) is not var (image, caption))
            {
                base.Write(renderer, obj);
                return;
            }

            // The caption says what the title would: the image is written without it, so it is not read twice.
            var title = image.Title;
            image.Title = null;
            renderer.EnsureLine();
            renderer.Write("<figure class=\"figure\">");
            renderer.Write(image);
            renderer.Write("<figcaption>").WriteEscape(caption).Write("</figcaption></figure>");
            renderer.WriteLine();
            image.Title = title;
        }
    }

    private sealed class TaskMarkRenderer : HtmlObjectRenderer<TaskList>
    {
        protected override void Write(HtmlRenderer renderer, TaskList obj) =>
            renderer.Write(obj.Checked
                ? "<span class=\"task-mark task-done\" aria-hidden=\"true\"></span><span class=\"visually-hidden\">Done: </span>"
                : "<span class=\"task-mark\" aria-hidden=\"true\"></span><span class=\"visually-hidden\">Not done: </span>");
    }

    private sealed class NamedFootnoteLinkRenderer : HtmlObjectRenderer<FootnoteLink>
    {
        protected override void Write(HtmlRenderer renderer, FootnoteLink link)
        {
            var order = link.Footnote.Order.ToString(CultureInfo.InvariantCulture);
            var index = link.Index.ToString(CultureInfo.InvariantCulture);
            renderer.Write(link.IsBackLink
                ? $"<a href=\"#fnref:{index}\" class=\"footnote-back-ref\" aria-label=\"Back to the text of note {order}\">&#8617;</a>"
                : $"<a id=\"fnref:{index}\" href=\"#fn:{order}\" class=\"footnote-ref\" aria-label=\"Note {order}\"><sup>{order}</sup></a>");
        }
    }

    private sealed class BoxedTableRenderer : HtmlTableRenderer
    {
        private int count;

        protected override void Write(HtmlRenderer renderer, Table table)
        {
            count++;
            renderer.EnsureLine();
            renderer.WriteLine($"<div class=\"{ScrollBoxes.TableClass}\" tabindex=\"0\" role=\"region\" aria-label=\"Table {count.ToString(CultureInfo.InvariantCulture)}\">");
            base.Write(renderer, table);
            renderer.EnsureLine();
            renderer.WriteLine("</div>");
        }
    }

    private sealed class FocusableCodeBlockRenderer : HtmlObjectRenderer<CodeBlock>
    {
        protected override void Write(HtmlRenderer renderer, CodeBlock obj)
        {
            renderer.EnsureLine();
            renderer.Write("<pre tabindex=\"0\"><code").WriteAttributes(obj).Write(">");
            renderer.WriteLeafRawLines(obj, true, true);
            renderer.WriteLine("</code></pre>");
        }
    }
}
