using System.Net;
using System.Text;
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
        if (input.Content is not TextContent { Text: var html } || input.OutputPath?.EndsWith(".html", StringComparison.Ordinal) != true || !html.Contains("<img", StringComparison.Ordinal))
        {
            return [input];
        }

        var rewritten = Rewrite(html);
        return [ReferenceEquals(rewritten, html) ? input : input with { Content = DocumentContent.FromText(rewritten) }];
    }

    public string Rewrite(string html)
    {
        StringBuilder? result = null;
        var copied = 0;
        for (var start = html.IndexOf("<img", StringComparison.Ordinal); start >= 0; start = html.IndexOf("<img", start + 4, StringComparison.Ordinal))
        {
            if (start + 4 >= html.Length || html[start + 4] is not (' ' or '\n' or '>' or '/') || TagEnd(html, start) is not { } end)
            {
                continue;
            }

            var attributes = Attributes(html, start + 4, end);
            if (Replacement(attributes, InsidePicture(html, start)) is not { } replacement)
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

    private string? Replacement(List<(string Name, string Raw, string Value)> attributes, bool insidePicture)
    {
        string? Value(string name) => attributes.FirstOrDefault(a => a.Name == name).Value;
        if (Value("src") is not { } src || Value("srcset") is not null || insidePicture)
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
            return $"<img src=\"{WebUtility.HtmlEncode(src)}\" width=\"{width}\" height=\"{height}\"{kept}{loading} decoding=\"async\">";
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
        for (var i = start + 4; i < html.Length; i++)
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
