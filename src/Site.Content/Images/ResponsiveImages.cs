using System.Net;
using System.Text;
using Site.Content.Formats;
using Site.Engine.Documents;
using Site.Engine.Modules;
using Site.Engine.Pipelines;

namespace Site.Content.Images;

/// <summary>
/// Makes every <c>img</c> of a page that shows a photo of <c>input/media/</c> responsive: a <c>picture</c> with the
/// WebP sizes first and the original format's sizes in the <c>img</c>, <c>sizes</c> (the template's, else the text
/// column's), the photo's <c>width</c> and <c>height</c> (no layout shift), <c>decoding="async"</c> and
/// <c>loading="lazy"</c> unless the template marked it <c>loading="eager"</c> (the hero, on the first screen). An SVG
/// gets the <c>width</c> and <c>height</c> it declares. The rest of the page keeps its bytes. It runs last on a
/// page, after withdrawn stories' images were taken out, and reads only HTML the build wrote: templates, and Markdown
/// whose raw HTML went through the sanitizer, so every attribute is quoted.
/// </summary>
public sealed class ResponsiveImages(ImageCatalog catalog, string defaultSizes) : IDocumentModule
{
    private static readonly HashSet<string> Replaced = new(StringComparer.Ordinal) { "src", "srcset", "sizes", "width", "height", "loading", "decoding" };

    public IEnumerable<Document> Execute(Document input, PipelineContext context)
    {
        if (input.Content is not TextContent { Text: var html } || input.OutputPath?.EndsWith(".html", StringComparison.Ordinal) != true || !(html.Contains("<img", StringComparison.Ordinal) || html.Contains("<video", StringComparison.Ordinal)))
        {
            return [input];
        }

        var rewritten = Rewrite(html, SitePath.PageUrl(input.OutputPath!));
        return [ReferenceEquals(rewritten, html) ? input : input with { Content = DocumentContent.FromText(rewritten) }];
    }

    /// <summary>The page with its images made responsive; <paramref name="pageUrl"/> resolves relative image addresses.</summary>
    public string Rewrite(string html, string pageUrl) => Tags(Tags(html, "<img", a => Replacement(a.Attributes, pageUrl, InsidePicture(a.Html, a.Start))), "<video", a => Poster(a.Attributes, pageUrl));

    /// <summary>A video's poster photo: the resized copy a page's <c>img</c> would get as its <c>src</c>, not the full-size file.</summary>
    private string? Poster(List<(string Name, string Raw, string Value)> attributes, string pageUrl)
    {
        if (attributes.FirstOrDefault(a => a.Name == "poster").Value is not { } written || SitePath.Resolve(pageUrl, written, null) is not { } src || catalog.Find(src) is not { } photo)
        {
            return null;
        }

        return "<video" + string.Concat(attributes.Select(a => " " + (a.Name == "poster" ? $"poster=\"{photo.Fallback.Url}\"" : a.Raw))) + ">";
    }

    /// <summary>Each start tag named <paramref name="open"/> replaced by what <paramref name="replace"/> makes of its attributes (null: left as it is).</summary>
    private static string Tags(string html, string open, Func<(string Html, int Start, List<(string Name, string Raw, string Value)> Attributes), string?> replace)
    {
        StringBuilder? result = null;
        var copied = 0;
        for (var start = html.IndexOf(open, StringComparison.Ordinal); start >= 0; start = start + open.Length >= html.Length ? -1 : html.IndexOf(open, start + open.Length, StringComparison.Ordinal))
        {
            var after = start + open.Length;
            if (after >= html.Length || html[after] is not (' ' or '\n' or '>' or '/') || TagEnd(html, start) is not { } end)
            {
                continue;
            }

            if (replace((html, start, Attributes(html, after, end))) is not { } replacement)
            {
                continue;
            }

            result ??= new StringBuilder(html.Length + 1024);
            result.Append(html, copied, start - copied).Append(replacement);
            copied = end + 1;
            start = end;
        }

        return result is null ? html : result.Append(html, copied, html.Length - copied).ToString();
    }

    private string? Replacement(List<(string Name, string Raw, string Value)> attributes, string pageUrl, bool insidePicture)
    {
        string? Value(string name) => attributes.FirstOrDefault(a => a.Name == name).Value;
        if (Value("src") is not { } written || Value("srcset") is not null || insidePicture || SitePath.Resolve(pageUrl, written, null) is not { } src)
        {
            return null;
        }

        var kept = string.Concat(attributes.Where(a => !Replaced.Contains(a.Name)).Select(a => " " + a.Raw));
        var eager = Value("loading") == "eager";
        var loading = eager ? " loading=\"eager\"" : " loading=\"lazy\"";
        if (catalog.Find(src) is { } photo)
        {
            var sizes = WebUtility.HtmlEncode(Value("sizes") ?? defaultSizes);
            var webp = photo.WebP.ToList();
            var source = webp.Count == 0 ? string.Empty : $"<source type=\"image/webp\" srcset=\"{ResponsiveImage.Srcset(webp)}\" sizes=\"{sizes}\">";
            var fallback = photo.Fallback;
            return $"<picture>{source}<img src=\"{fallback.Url}\" srcset=\"{ResponsiveImage.Srcset(photo.Original)}\" sizes=\"{sizes}\" width=\"{photo.Width}\" height=\"{photo.Height}\"{kept}{loading} decoding=\"async\"></picture>";
        }

        if (Value("width") is null && catalog.FindSvg(src) is var (width, height))
        {
            return $"<img src=\"{WebUtility.HtmlEncode(written)}\" width=\"{width}\" height=\"{height}\"{kept}{loading} decoding=\"async\">";
        }

        return null;
    }

    private static bool InsidePicture(string html, int at)
    {
        var open = html.LastIndexOf("<picture", at, StringComparison.Ordinal);
        return open >= 0 && html.LastIndexOf("</picture>", at, StringComparison.Ordinal) < open;
    }

    /// <summary>The index of the <c>&gt;</c> that ends the tag starting at <paramref name="start"/>, outside quoted values.</summary>
    private static int? TagEnd(string html, int start)
    {
        var quote = '\0';
        for (var i = start + 1; i < html.Length; i++)
        {
            var c = html[i];
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
                return i;
            }
        }

        return null;
    }

    /// <summary>The attributes of a start tag as written (name lower-cased, the raw text, the decoded value), by the HTML tokenizer's rules for attributes.</summary>
    private static List<(string Name, string Raw, string Value)> Attributes(string html, int from, int end)
    {
        var list = new List<(string, string, string)>();
        var i = from;
        while (i < end)
        {
            while (i < end && (char.IsWhiteSpace(html[i]) || html[i] == '/'))
            {
                i++;
            }

            var nameStart = i;
            while (i < end && !char.IsWhiteSpace(html[i]) && html[i] is not ('=' or '/'))
            {
                i++;
            }

            if (i == nameStart)
            {
                break;
            }

            var name = html[nameStart..i].ToLowerInvariant();
            var value = string.Empty;
            var j = i;
            while (j < end && char.IsWhiteSpace(html[j]))
            {
                j++;
            }

            if (j < end && html[j] == '=')
            {
                j++;
                while (j < end && char.IsWhiteSpace(html[j]))
                {
                    j++;
                }

                if (j < end && html[j] is '"' or '\'')
                {
                    var close = html.IndexOf(html[j], j + 1);
                    close = close < 0 || close > end ? end : close;
                    value = html[(j + 1)..close];
                    i = Math.Min(close + 1, end);
                }
                else
                {
                    var valueStart = j;
                    while (j < end && !char.IsWhiteSpace(html[j]))
                    {
                        j++;
                    }

                    value = html[valueStart..j];
                    i = j;
                }
            }

            if (!list.Any(a => a.Item1 == name))
            {
                list.Add((name, html[nameStart..i].Trim(), WebUtility.HtmlDecode(value)));
            }
        }

        return list;
    }
}
