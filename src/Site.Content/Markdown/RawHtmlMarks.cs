using System.Text;
using AngleSharp.Html.Parser;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Site.Content.Markdown;

/// <summary>
/// Writes the raw HTML of a Markdown document for <see cref="RawHtmlPolicy"/>, in place of Markdig's renderers for raw
/// HTML, so that every piece of raw HTML that reaches the page passes here, wherever it sits in the document:
/// comments, where editors keep private notes, are not written at all; every other start tag gets the attribute
/// <see cref="RawHtmlPolicy.Mark"/>, whose value indexes <see cref="Tags"/> (the file line and column where the tag is
/// written). One instance per rendering.
/// </summary>
public sealed class RawHtmlMarks(int firstLine)
{
    private static readonly HtmlParser Locating = new(new HtmlParserOptions { IsKeepingSourceReferences = true, IsScripting = true });

    /// <summary>The start tags written so far; a mark's value is the index in this list.</summary>
    public List<RawTag> Tags { get; } = [];

    /// <summary>Whether any raw HTML other than comments was written.</summary>
    public bool Any { get; private set; }

    /// <summary>The file line of the first raw HTML written (for an element the HTML parser makes up).</summary>
    public int FirstLine { get; private set; }

    /// <summary>Puts this instance's renderers in place of Markdig's for raw HTML blocks and inline raw HTML.</summary>
    public void Install(HtmlRenderer renderer)
    {
        SiteHtmlRenderers.Replace<Markdig.Renderers.Html.Inlines.HtmlInlineRenderer>(renderer, new InlineRenderer(this));
        SiteHtmlRenderers.Replace<HtmlBlockRenderer>(renderer, new BlockRenderer(this));
    }

    private void Seen(int line)
    {
        if (!Any)
        {
            FirstLine = line;
        }

        Any = true;
    }

    private string MarkInline(HtmlInline inline)
    {
        var tag = inline.Tag ?? string.Empty;
        if (tag.StartsWith("<!--", StringComparison.Ordinal))
        {
            return string.Empty;
        }

        Seen(firstLine + inline.Line);
        if (tag.Length < 2 || !char.IsAsciiLetter(tag[1]))
        {
            return tag;
        }

        var name = 1;
        while (name < tag.Length && (char.IsAsciiLetterOrDigit(tag[name]) || tag[name] == '-'))
        {
            name++;
        }

        return tag[..name] + Attribute(new RawTag(firstLine + inline.Line, inline.Column + 1, tag)) + tag[name..];
    }

    private string MarkBlock(HtmlBlock block)
    {
        var text = block.Lines.ToString();
        if (block.Type == HtmlBlockType.Comment && IsOnlyComment(text))
        {
            return string.Empty;
        }

        Seen(firstLine + block.Line);
        return MarkBlock(text, firstLine + block.Line);
    }

    private sealed class InlineRenderer(RawHtmlMarks marks) : HtmlObjectRenderer<HtmlInline>
    {
        protected override void Write(HtmlRenderer renderer, HtmlInline obj) => renderer.Write(marks.MarkInline(obj));
    }

    private sealed class BlockRenderer(RawHtmlMarks marks) : HtmlObjectRenderer<HtmlBlock>
    {
        protected override void Write(HtmlRenderer renderer, HtmlBlock obj)
        {
            var marked = marks.MarkBlock(obj);
            if (marked.Length > 0)
            {
                renderer.EnsureLine();
                renderer.WriteLine(marked);
            }
        }
    }

    private static bool IsOnlyComment(string text)
    {
        var trimmed = text.Trim();
        var end = trimmed.IndexOf("-->", StringComparison.Ordinal);
        return trimmed.StartsWith("<!--", StringComparison.Ordinal) && end == trimmed.Length - 3;
    }

    private string Attribute(RawTag tag)
    {
        Tags.Add(tag);
        return $" {RawHtmlPolicy.Mark}=\"{(Tags.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}\"";
    }

    /// <summary>The text of the start tag at <paramref name="at"/>, to its closing <c>&gt;</c> outside quotes.</summary>
    private static string TagAt(string text, int at)
    {
        var quote = '\0';
        for (var i = at + 1; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return text[at..(i + 1)];
            }
        }

        return text[at..];
    }

    /// <summary>Finds each start tag of an HTML block with AngleSharp (so comments and attribute values are not mistaken for tags) and marks it.</summary>
    private string MarkBlock(string text, int firstLine)
    {
        using var document = Locating.ParseDocument(text);
        var inserts = new List<(int At, string Text)>();
        foreach (var element in document.All)
        {
            if (element.SourceReference?.Position is not { Line: > 0 } position)
            {
                continue;
            }

            var at = position.Position - 1; // AngleSharp counts from 1
            var name = element.LocalName;
            if (at < 0 || at + 1 + name.Length > text.Length || text[at] != '<' || string.Compare(text, at + 1, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) != 0)
            {
                continue;
            }

            inserts.Add((at + 1 + name.Length, Attribute(new RawTag(firstLine + position.Line - 1, position.Column, TagAt(text, at)))));
        }

        var builder = new StringBuilder(text);
        foreach (var (at, insert) in inserts.OrderByDescending(i => i.At))
        {
            builder.Insert(at, insert);
        }

        return builder.ToString();
    }
}

/// <summary>A start tag an editor wrote: the file line and column of its <c>&lt;</c>, and its text as written.</summary>
public sealed record RawTag(int Line, int Column, string Source)
{
    /// <summary>Where an attribute of the tag is written: its own line, when the tag spans several.</summary>
    public (int Line, int Column) Of(string attribute)
    {
        var match = System.Text.RegularExpressions.Regex.Match(Source, @"\s(" + System.Text.RegularExpressions.Regex.Escape(attribute) + @")(?=[\s=/>]|$)", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        if (!match.Success)
        {
            return (Line, Column);
        }

        var before = Source[..match.Groups[1].Index];
        var breaks = before.Count(c => c == '\n');
        return breaks == 0 ? (Line, Column + match.Groups[1].Index) : (Line + breaks, match.Groups[1].Index - before.LastIndexOf('\n'));
    }
}
