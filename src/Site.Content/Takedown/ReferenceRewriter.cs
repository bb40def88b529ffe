using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Site.Content.Takedown;

/// <summary>
/// Takes every reference to a withdrawn story out of one HTML page, changing nothing else of it: a link becomes its
/// own text, or the neutral text when its text names the story or the patient; an image (with its figure, or the
/// paragraph it stood alone in), a media element or a <c>link</c> element is dropped; the address written as text is
/// replaced by the neutral text. The page is parsed with AngleSharp to find the elements, and edited as text at
/// their source positions, so the rest of the page keeps its bytes. Thread-safe.
/// </summary>
public static class ReferenceRewriter
{
    /// <summary>One reference found: the story, what it was, the URL as written, where the page had it, and what the page shows instead (<paramref name="Neutral"/> when that is the neutral text).</summary>
    public sealed record Found(Withdrawal Withdrawal, string What, string Href, int Index, string? Shown, bool Neutral = false);

    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsKeepingSourceReferences = true });

    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase) { "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr" };

    public static (string Html, IReadOnlyList<Found> Found) Rewrite(string html, string pageUrl, WithdrawnTargets targets, string neutralText)
    {
        var document = Parser.ParseDocument(html);
        var edits = new List<Edit>();
        var found = new List<Found>();
        foreach (var element in document.All)
        {
            if (Start(html, element) is not { } start || Gone(element, pageUrl, targets) is not var (withdrawal, href))
            {
                continue;
            }

            switch (element.LocalName)
            {
                case "a" or "area":
                    var text = Squeeze(element.TextContent);
                    var end = End(html, element, start);
                    if (text.Length == 0)
                    {
                        edits.Add(new Edit(start, end, string.Empty));
                        found.Add(new Found(withdrawal, "link", href, start, null));
                    }
                    else if (Names(text, withdrawal, targets))
                    {
                        edits.Add(new Edit(start, end, Encode(neutralText)));
                        found.Add(new Found(withdrawal, "link", href, start, neutralText, Neutral: true));
                    }
                    else
                    {
                        var open = StartTagEnd(html, start);
                        var close = html.LastIndexOf("</", end - 1, end - open, StringComparison.Ordinal);
                        edits.Add(new Edit(start, open, string.Empty));
                        if (close >= open)
                        {
                            edits.Add(new Edit(close, end, string.Empty));
                        }

                        found.Add(new Found(withdrawal, "link", href, start, text));
                    }

                    break;
                case "link" or "script" or "meta":
                    edits.Add(new Edit(start, End(html, element, start), string.Empty));
                    found.Add(new Found(withdrawal, "resource", href, start, null));
                    break;
                default:
                    var container = Container(element);
                    var from = Start(html, container) ?? start;
                    edits.Add(new Edit(from, End(html, container, from), string.Empty));
                    found.Add(new Found(withdrawal, element.LocalName is "img" or "picture" or "source" ? "image" : "media", href, start, null));
                    break;
            }
        }

        var edited = Apply(html, edits);
        return Mentions(edited, targets, neutralText, found);
    }

    /// <summary>
    /// Unwraps every link (<c>a</c> or <c>area</c> with an <c>href</c>) that <paramref name="leadsAway"/> picks: its start
    /// and end tags go, its content stays (an <c>area</c>, which has none, goes whole). Nothing else of the page changes.
    /// Gives each link's position in the page, its <c>href</c> as written and its text (null when it had none).
    /// </summary>
    public static (string Html, IReadOnlyList<(int Index, string Href, string? Text)> Links) UnwrapLinks(string html, Func<string, bool> leadsAway)
    {
        var document = Parser.ParseDocument(html);
        var edits = new List<Edit>();
        var links = new List<(int, string, string?)>();
        foreach (var element in document.All)
        {
            if (element.LocalName is not ("a" or "area") || element.GetAttribute("href") is not { Length: > 0 } href || !leadsAway(href) || Start(html, element) is not { } start)
            {
                continue;
            }

            var end = End(html, element, start);
            var text = Squeeze(element.TextContent);
            var open = StartTagEnd(html, start);
            var close = html.LastIndexOf("</", end - 1, end - open, StringComparison.Ordinal);
            if (element.LocalName == "area" || close < open)
            {
                edits.Add(new Edit(start, end, string.Empty));
            }
            else
            {
                edits.Add(new Edit(start, open, string.Empty));
                edits.Add(new Edit(close, end, string.Empty));
            }

            links.Add((start, href, text.Length == 0 ? null : text));
        }

        return (Apply(html, edits), links);
    }

    /// <summary>The withdrawal an element refers to through any of its URL attributes (each srcset candidate too).</summary>
    private static (Withdrawal, string)? Gone(IElement element, string pageUrl, WithdrawnTargets targets)
    {
        foreach (var attribute in element.Attributes)
        {
            var urls = attribute.Name switch
            {
                "href" or "src" or "poster" or "data" or "action" or "cite" or "formaction" => [attribute.Value],
                "srcset" or "imagesrcset" => attribute.Value.Split(',').Select(c => c.Trim().Split(' ', 2)[0]),
                "content" when element.LocalName == "meta" && element.GetAttribute("http-equiv") is { } equiv && equiv.Equals("refresh", StringComparison.OrdinalIgnoreCase)
                    => [attribute.Value[(attribute.Value.IndexOf("url=", StringComparison.OrdinalIgnoreCase) is var at and >= 0 ? at + 4 : attribute.Value.Length)..]],
                _ => (IEnumerable<string>)[],
            };
            foreach (var url in urls)
            {
                if (url.Length > 0 && targets.Find(pageUrl, url) is { } withdrawal)
                {
                    return (withdrawal, url);
                }
            }
        }

        return null;
    }

    /// <summary>What goes with a dropped image or media element: its figure, its picture, or a paragraph it stood alone in.</summary>
    private static IElement Container(IElement element)
    {
        if (element.Closest("figure") is { } figure)
        {
            return figure;
        }

        var item = element.ParentElement is { LocalName: "picture" or "video" or "audio" } media ? media : element;
        if (item.ParentElement is { LocalName: "p" } paragraph && paragraph.Children.Length == 1 && Squeeze(paragraph.TextContent).Length == 0)
        {
            return paragraph;
        }

        return item;
    }

    /// <summary>Whether a link's text gives away whom or what it was about: the patient's name, the title, or the address.</summary>
    private static bool Names(string text, Withdrawal withdrawal, WithdrawnTargets targets)
    {
        var plain = Fold(text);
        if (plain.Contains(Fold(withdrawal.Title), StringComparison.Ordinal) || (withdrawal.Slug.Length > 0 && text.Contains(withdrawal.Slug, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        if (targets.Mentions.Any(m => m.Withdrawal == withdrawal && text.Contains(m.Text, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        var words = plain.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return Fold(withdrawal.PatientName).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(name => name.Length >= 2)
            .Any(name => words.Any(word => word == name || word.StartsWith(name + "s", StringComparison.Ordinal) && word.Length == name.Length + 1));
    }

    /// <summary>Lower case, letters and digits only, single spaces: "Maria’s story" and "marias story" compare equal.</summary>
    private static string Fold(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (c is '\'' or '’' or '‘')
            {
                continue;
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().Trim();
    }

    /// <summary>Replaces the withdrawn addresses still written in the page's text (not inside a tag) with the neutral text.</summary>
    private static (string, IReadOnlyList<Found>) Mentions(string html, WithdrawnTargets targets, string neutralText, List<Found> found)
    {
        var edits = new List<Edit>();
        foreach (var (text, withdrawal) in targets.Mentions)
        {
            for (var index = html.IndexOf(text, StringComparison.OrdinalIgnoreCase); index >= 0; index = html.IndexOf(text, index + text.Length, StringComparison.OrdinalIgnoreCase))
            {
                var end = index + text.Length;
                if (InsideTag(html, index) || !Bounded(html, index, end) || edits.Any(e => e.Start < end && index < e.End))
                {
                    continue;
                }

                edits.Add(new Edit(index, end, Encode(neutralText)));
                found.Add(new Found(withdrawal, "mention", html.Substring(index, text.Length), index, neutralText, Neutral: true));
            }
        }

        return (Apply(html, edits), found);
    }

    // "/stories/maria" inside "/stories/maria-rose/" or "/stories/mariabc" is another address.
    private static bool Bounded(string html, int start, int end) =>
        (end >= html.Length || !(char.IsLetterOrDigit(html[end]) || html[end] is '-' or '_' || (html[end] == '.' && end + 1 < html.Length && char.IsLetterOrDigit(html[end + 1]))))
        && (start == 0 || !(char.IsLetterOrDigit(html[start - 1]) || html[start - 1] is '/' or '.' or '-' or '_'));

    private static bool InsideTag(string html, int index)
    {
        var open = html.LastIndexOf('<', index);
        return open >= 0 && html.LastIndexOf('>', index) < open;
    }

    private static string Apply(string html, List<Edit> edits)
    {
        if (edits.Count == 0)
        {
            return html;
        }

        // Elements nest: an edit inside a larger one (a link inside a dropped figure) is covered by it.
        edits.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var builder = new System.Text.StringBuilder(html.Length);
        var position = 0;
        foreach (var edit in edits)
        {
            if (edit.Start < position)
            {
                continue;
            }

            builder.Append(html, position, edit.Start - position).Append(edit.Replacement);
            position = edit.End;
        }

        return builder.Append(html, position, html.Length - position).ToString();
    }

    /// <summary>The index of an element's '&lt;' in the page, or null for an element the parser made up (html, head, body).</summary>
    private static int? Start(string html, IElement element)
    {
        var index = (element.SourceReference?.Position.Position ?? 0) - 1;
        return index >= 0 && html[index] == '<' && string.Compare(html, index + 1, element.LocalName, 0, element.LocalName.Length, StringComparison.OrdinalIgnoreCase) == 0 ? index : null;
    }

    /// <summary>The index just after the '>' that ends the start tag at <paramref name="start"/> (quoted values may hold '>').</summary>
    private static int StartTagEnd(string html, int start)
    {
        char? quote = null;
        for (var i = start + 1; i < html.Length; i++)
        {
            var c = html[i];
            if (quote is { } q)
            {
                quote = c == q ? null : quote;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i + 1;
            }
        }

        return html.Length;
    }

    /// <summary>The index just after the element's end tag (or its start tag, for a void element).</summary>
    private static int End(string html, IElement element, int start)
    {
        var open = StartTagEnd(html, start);
        if (VoidElements.Contains(element.LocalName) || html[open - 2] == '/')
        {
            return open;
        }

        var name = element.LocalName;
        var depth = 1;
        for (var i = html.IndexOf('<', open); i >= 0 && i < html.Length; i = html.IndexOf('<', i + 1))
        {
            var closing = i + 1 < html.Length && html[i + 1] == '/';
            var at = closing ? i + 2 : i + 1;
            if (string.Compare(html, at, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) != 0 || (at + name.Length < html.Length && char.IsLetterOrDigit(html[at + name.Length])))
            {
                continue;
            }

            depth += closing ? -1 : 1;
            if (depth == 0)
            {
                return StartTagEnd(html, i);
            }
        }

        return open;
    }

    private static string Squeeze(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Encode(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    private readonly record struct Edit(int Start, int End, string Replacement);
}
