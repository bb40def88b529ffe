using AngleSharp.Dom;
using Ganss.Xss;
using Site.Engine.Diagnostics;
using Site.Engine.Links;

namespace Site.Content.Markdown;

/// <summary>
/// What raw HTML an editor may write in Markdown, enforced by HtmlSanitizer (AngleSharp-based, MIT) on the whole
/// rendered body. Before rendering, every start tag an editor wrote is marked with <see cref="Mark"/> and the line and
/// column where it is written (<see cref="RawHtmlMarks"/>), so that the sanitizer's removals can be reported at the
/// Markdown line and so that the markup Markdig writes itself (heading ids, table alignment, footnotes, the scroll
/// boxes) is told apart from the editor's. The lists here are the ones the README documents.
/// </summary>
public static class RawHtmlPolicy
{
    /// <summary>The attribute that marks a start tag written by the editor; its value is <c>line:column</c> in the file.</summary>
    public const string Mark = "data-sg-raw";

    /// <summary>Elements kept as they are.</summary>
    public static readonly IReadOnlySet<string> Elements = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "sub", "sup", "br", "kbd", "abbr", "mark", "small", "s", "del", "ins", "details", "summary", "figure", "figcaption", "dl", "dt", "dd",
        "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "colgroup", "col",
        "a", "img",
        "p", "strong", "em", "b", "i", "u", "q", "cite", "dfn", "code", "samp", "var", "pre", "blockquote", "ul", "ol", "li",
        "h2", "h3", "h4", "h5", "h6", "hr", "span", "div", "time", "wbr",
    };

    /// <summary>Attributes kept on any element.</summary>
    public static readonly IReadOnlySet<string> Attributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "title", "lang", "dir" };

    /// <summary>Attributes kept on one element only.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> ElementAttributes = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = ["href"],
        ["img"] = ["src", "alt", "width", "height"],
        ["ins"] = ["cite", "datetime"],
        ["del"] = ["cite", "datetime"],
        ["q"] = ["cite"],
        ["blockquote"] = ["cite"],
        ["details"] = ["open"],
        ["th"] = ["colspan", "rowspan", "scope"],
        ["td"] = ["colspan", "rowspan"],
        ["col"] = ["span"],
        ["colgroup"] = ["span"],
        ["ol"] = ["start", "reversed"],
        ["time"] = ["datetime"],
    };

    /// <summary>Elements that are errors, with the supported way to do what they were for.</summary>
    public static readonly IReadOnlyDictionary<string, string> Refused = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["script"] = "a page of this site cannot run scripts; remove it (the site has no analytics or trackers, and the comment widget comes from the theme)",
        ["style"] = "the theme styles every page; remove it, and ask for a theme change if something needs a new look",
        ["iframe"] = "embedded pages load another site for every visitor; for a video use the 'video:' field, for a map or a form write a plain link to it",
        ["frame"] = "embedded pages load another site for every visitor; write a plain link to it",
        ["frameset"] = "embedded pages load another site for every visitor; write a plain link to it",
        ["object"] = "embedded content loads another site or plug-in for every visitor; for a video use the 'video:' field, otherwise write a plain link",
        ["embed"] = "embedded content loads another site or plug-in for every visitor; for a video use the 'video:' field, otherwise write a plain link",
        ["applet"] = "embedded content loads a plug-in for every visitor; write a plain link instead",
        ["form"] = "a form would send visitors' answers from this page; link to the form instead (the hospital's own form service)",
    };

    /// <summary>Elements whose content is not text, so it goes with them.</summary>
    private static readonly HashSet<string> Opaque = new(StringComparer.OrdinalIgnoreCase)
    {
        "svg", "math", "video", "audio", "picture", "canvas", "select", "textarea", "noscript", "template", "map", "head", "title", "meta", "link", "base", "input", "button",
        "source", "track", "param", "option", "datalist", "output", "progress", "meter",
    };

    /// <summary>Elements Markdig and the renderer write themselves (unmarked), beyond <see cref="Elements"/>.</summary>
    private static readonly HashSet<string> GeneratedElements = new(StringComparer.OrdinalIgnoreCase) { "h1", "section" };

    /// <summary>Attributes Markdig and the renderer write themselves on unmarked elements.</summary>
    private static readonly HashSet<string> GeneratedAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "id", "class", "style", "aria-label", "aria-hidden", "role", "tabindex", "href", "src", "alt", "title", "start", "width", "height",
    };

    /// <summary>
    /// Cleans the rendered body of a page that has raw HTML: the result, the problems found (each at the line of the
    /// tag that caused it, or <paramref name="fallbackLine"/> for an element the HTML parser made up), and the links and
    /// images the editor wrote in HTML.
    /// </summary>
    public static (string Html, IReadOnlyList<HtmlFinding> Findings, IReadOnlyList<SourceLink> Links) Clean(string html, IReadOnlyList<RawTag> tags, UrlSchemes schemes, int fallbackLine)
    {
        var sanitizer = Create(schemes);

        // The sanitizer's own parser, which reads CSS (so that Markdig's table alignment survives) and treats
        // <noscript> as a browser with scripts does.
        using var document = sanitizer.HtmlParserFactory().ParseDocument("<!doctype html><html><body>" + html);
        var body = document.Body!;
        var findings = new List<HtmlFinding>();
        var lastLine = fallbackLine;

        (int Line, int Column) Where(IElement element, string? attribute = null)
        {
            if (element.GetAttribute(Mark) is { } mark && int.TryParse(mark, System.Globalization.CultureInfo.InvariantCulture, out var index) && index >= 0 && index < tags.Count)
            {
                var tag = tags[index];
                lastLine = tag.Line;
                return attribute is null ? (tag.Line, tag.Column) : tag.Of(attribute);
            }

            return (lastLine, 1);
        }

        bool Attached(IElement element) => body.Contains(element);

        sanitizer.RemovingTag += (_, e) =>
        {
            var tag = e.Tag;
            var name = tag.LocalName;
            if (!tag.HasAttribute(Mark) && GeneratedElements.Contains(name) || (!tag.HasAttribute(Mark) && Elements.Contains(name)))
            {
                e.Cancel = true;
                return;
            }

            if (!Attached(tag))
            {
                return;
            }

            var (line, column) = Where(tag);
            if (Refused.TryGetValue(name, out var advice))
            {
                findings.Add(new HtmlFinding(line, column, Severity.Error, DiagnosticCodes.RawHtmlRefused, $"<{name}> is not allowed in a page: {advice}"));
            }
            else
            {
                var what = Opaque.Contains(name) ? "removed with its content" : "removed (its text is kept)";
                findings.Add(new HtmlFinding(line, column, Severity.Warning, DiagnosticCodes.RawHtmlRemoved, $"<{name}> was {what}: it is not in the raw HTML allowlist (see 'Raw HTML' in the README){Hint(name)}"));
            }

            // An event handler is an error on any element, also on one that goes anyway.
            var gone = Refused.ContainsKey(name) || Opaque.Contains(name) ? tag.QuerySelectorAll("*").Prepend(tag) : [tag];
            foreach (var handler in gone.SelectMany(t => t.Attributes.Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)).Select(a => (Tag: t, a.Name))))
            {
                var (handlerLine, handlerColumn) = Where(handler.Tag, handler.Name);
                findings.Add(new HtmlFinding(handlerLine, handlerColumn, Severity.Error, DiagnosticCodes.RawHtmlRefused, $"the event handler '{handler.Name}' on <{handler.Tag.LocalName}> is not allowed: a page of this site cannot run scripts; remove the attribute"));
            }

            if (Refused.ContainsKey(name) || Opaque.Contains(name))
            {
                e.Cancel = true;
                tag.Remove();
            }
        };

        sanitizer.RemovingAttribute += (_, e) =>
        {
            var tag = e.Tag;
            var name = e.Attribute.Name;
            var marked = tag.HasAttribute(Mark);
            if (e.Reason == RemoveReason.NotAllowedAttribute)
            {
                if (string.Equals(name, Mark, StringComparison.Ordinal)
                    || (marked && ElementAttributes.TryGetValue(tag.LocalName, out var allowed) && allowed.Contains(name, StringComparer.OrdinalIgnoreCase))
                    || (!marked && GeneratedAttributes.Contains(name)))
                {
                    e.Cancel = true;
                    return;
                }
            }

            if (!Attached(tag))
            {
                return;
            }

            var (line, column) = Where(tag, name);
            if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
            {
                findings.Add(new HtmlFinding(line, column, Severity.Error, DiagnosticCodes.RawHtmlRefused, $"the event handler '{name}' on <{tag.LocalName}> is not allowed: a page of this site cannot run scripts; remove the attribute"));
            }
            else if (e.Reason == RemoveReason.NotAllowedUrlValue)
            {
                var scheme = UrlSchemes.SchemeOf(e.Attribute.Value) ?? "unknown";
                findings.Add(new HtmlFinding(line, column, Severity.Error, DiagnosticCodes.UrlSchemeRefused, $"this {(tag.LocalName == "img" ? "image" : "link")} uses a '{scheme}:' URL, which a page of this site may not use; {UrlSchemes.Advice}"));
            }
            else
            {
                findings.Add(new HtmlFinding(line, column, Severity.Warning, DiagnosticCodes.RawHtmlRemoved, $"the attribute '{name}' was removed from <{tag.LocalName}>: {AttributeReason(name)}"));
            }
        };

        sanitizer.FilterUrl += (_, e) =>
        {
            if (schemes.Refused(e.OriginalUrl) is not null)
            {
                e.SanitizedUrl = null;
            }
        };

        sanitizer.SanitizeDom(document, body);

        var links = new List<SourceLink>();
        foreach (var element in body.QuerySelectorAll("[" + Mark + "]").ToList())
        {
            var (line, column) = Where(element);
            if (element.LocalName == "a" && element.GetAttribute("href") is { Length: > 0 } href)
            {
                links.Add(new SourceLink(href, line, column));
            }
            else if (element.LocalName == "img" && element.GetAttribute("src") is { Length: > 0 } src)
            {
                links.Add(new SourceLink(src, line, column, IsImage: true));
            }

            element.RemoveAttribute(Mark);
        }

        // A paragraph that held only what was removed (an inline <video>) goes too.
        foreach (var empty in body.QuerySelectorAll("p").Where(p => p.ChildNodes.Length == 0).ToList())
        {
            empty.Remove();
        }

        ScrollBoxes.Wrap(body);
        var output = new StringWriter();
        foreach (var node in body.ChildNodes)
        {
            node.ToHtml(output, sanitizer.OutputFormatter);
        }

        return (output.ToString(), findings, links);
    }

    private static string Hint(string name) => name.ToLowerInvariant() switch
    {
        "center" or "font" or "big" or "tt" or "strike" or "marquee" or "blink" => "; the theme sets fonts and layout",
        "video" or "audio" or "source" or "picture" => "; for a video use the 'video:' field, for a picture Markdown's ![alt text](media/file)",
        "svg" or "canvas" or "math" => "; save the drawing as an image in input/media/ and use ![alt text](media/file)",
        "input" or "button" or "select" or "textarea" => "; pages have no form controls: link to the form instead",
        "h1" => "; the title is the page's only level-1 heading: use ## for a section",
        "link" or "meta" or "base" or "head" or "title" => "; the theme writes the page's head",
        _ => string.Empty,
    };

    private static string AttributeReason(string name) => name.ToLowerInvariant() switch
    {
        "style" or "align" or "valign" or "bgcolor" or "color" or "border" or "cellpadding" or "cellspacing" or "width" or "height" or "face" or "size" => "the theme sets the look and layout of pages",
        "class" => "the theme's classes are not for editors to set",
        "id" or "name" => "ids are made from headings, so that links to sections stay unique",
        "target" or "rel" => "links open in the same tab, as the visitor chooses",
        _ when name.StartsWith("data-", StringComparison.OrdinalIgnoreCase) => "pages do not carry data for scripts",
        _ => "it is not in the raw HTML allowlist (see 'Raw HTML' in the README)",
    };

    private static HtmlSanitizer Create(UrlSchemes schemes)
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(Elements, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(Attributes.Append(Mark), StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(schemes.Allowed, StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(HtmlSanitizerDefaults.UriAttributes, StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(["text-align"], StringComparer.OrdinalIgnoreCase),
        };
        return new HtmlSanitizer(options) { KeepChildNodes = true };
    }
}

/// <summary>A problem with raw HTML in Markdown: where (file line and column), how bad, and what to do.</summary>
public sealed record HtmlFinding(int Line, int Column, Severity Severity, string Code, string Message);
