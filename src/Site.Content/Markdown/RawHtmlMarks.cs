using System.Text;
using AngleSharp.Html.Parser;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Site.Content.Markdown;

/// <summary>
/// Prepares the raw HTML of a parsed Markdown document for <see cref="RawHtmlPolicy"/>: comments, where editors keep
/// private notes, are taken out of the document; every other start tag the editor wrote gets the attribute
/// <see cref="RawHtmlPolicy.Mark"/> with the file line and column where it is written.
/// </summary>
public static class RawHtmlMarks
{
    private static readonly HtmlParser Locating = new(new HtmlParserOptions { IsKeepingSourceReferences = true, IsScripting = true });

    /// <summary>
    /// Marks the document's raw HTML: the tags it marked (the mark's value is the index in this list), or null when there
    /// is no raw HTML left to clean (comments alone are simply removed).
    /// </summary>
    public static List<RawTag>? Apply(MarkdownDocument document, int firstLine)
    {
        var any = false;
        var tags = new List<RawTag>();
        foreach (var inline in document.Descendants<HtmlInline>().ToList())
        {
            var tag = inline.Tag ?? string.Empty;
            if (tag.StartsWith("<!--", StringComparison.Ordinal))
            {
                inline.Remove();
                continue;
            }

            any = true;
            if (tag.Length > 1 && char.IsAsciiLetter(tag[1]))
            {
                var name = 1;
                while (name < tag.Length && (char.IsAsciiLetterOrDigit(tag[name]) || tag[name] == '-'))
                {
                    name++;
                }

                inline.Tag = tag[..name] + Attribute(tags, new RawTag(firstLine + inline.Line, inline.Column + 1, tag)) + tag[name..];
            }
        }

        foreach (var block in document.Descendants<HtmlBlock>().ToList())
        {
            if (block.Type == HtmlBlockType.Comment && IsOnlyComment(block.Lines.ToString()))
            {
                block.Parent?.Remove(block);
                continue;
            }

            any = true;
            var text = block.Lines.ToString();
            var marked = MarkBlock(text, firstLine + block.Line, tags);
            var lines = new StringLineGroup(4);
            foreach (var line in marked.Split('\n'))
            {
                lines.Add(new StringSlice(line));
            }

            block.Lines = lines;
        }

        return any ? tags : null;
    }

    private static bool IsOnlyComment(string text)
    {
        var trimmed = text.Trim();
        var end = trimmed.IndexOf("-->", StringComparison.Ordinal);
        return trimmed.StartsWith("<!--", StringComparison.Ordinal) && end == trimmed.Length - 3;
    }

    private static string Attribute(List<RawTag> tags, RawTag tag)
    {
        tags.Add(tag);
        return $" {RawHtmlPolicy.Mark}=\"{(tags.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}\"";
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
    private static string MarkBlock(string text, int firstLine, List<RawTag> tags)
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

            inserts.Add((at + 1 + name.Length, Attribute(tags, new RawTag(firstLine + position.Line - 1, position.Column, TagAt(text, at)))));
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
