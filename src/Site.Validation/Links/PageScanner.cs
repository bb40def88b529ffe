using AngleSharp.Dom;
using Site.Engine.Diagnostics;
using Site.Validation.Html;

namespace Site.Validation.Links;

/// <summary>
/// Reads, from one parsed page, every URL it refers to (links, images and each <c>srcset</c> candidate, scripts,
/// <c>link</c> elements, frames, media, objects and <c>meta refresh</c>), the anchors it offers, and the problems
/// visible on the page alone (an empty <c>href</c>, an image without <c>src</c> or <c>alt</c>). An element with
/// <c>data-check-ignore</c>, and everything inside it, is skipped. Thread-safe.
/// </summary>
public static class PageScanner
{
    private const string Ignore = "data-check-ignore";

    public static PageScan Scan(HtmlPage page)
    {
        var scan = new Scanner(page);
        if (page.Document.DocumentElement is { } root)
        {
            scan.Walk(root, ignored: false);
        }

        return new PageScan(page.Path, scan.Anchors, scan.References, scan.BaseHref, scan.Findings, scan.InlineScripts);
    }

    /// <summary>One walk over the element tree, carrying whether an ancestor has data-check-ignore.</summary>
    private sealed class Scanner(HtmlPage page)
    {
        public HashSet<string> Anchors { get; } = new(StringComparer.Ordinal);

        public List<Reference> References { get; } = [];

        public List<Diagnostic> Findings { get; } = [];

        public string? BaseHref { get; private set; }

        public List<SourceLocation> InlineScripts { get; } = [];

        public void Walk(IElement element, bool ignored)
        {
            if (element.Id is { Length: > 0 } id)
            {
                Anchors.Add(id);
            }

            ignored |= element.HasAttribute(Ignore);
            Visit(element, ignored);
            for (var child = element.FirstElementChild; child is not null; child = child.NextElementSibling)
            {
                Walk(child, ignored);
            }

            if (element is AngleSharp.Html.Dom.IHtmlTemplateElement { Content: { } content })
            {
                for (var child = content.FirstElementChild; child is not null; child = child.NextElementSibling)
                {
                    Walk(child, ignored);
                }
            }
        }

        private void Visit(IElement element, bool ignored)
        {
            if (!ignored && element.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal) && a.Name.Length > 2))
            {
                InlineScripts.Add(page.LocationOf(element));
            }

            switch (element.LocalName)
            {
                case "a":
                    if (element.GetAttribute("name") is { Length: > 0 } name)
                    {
                        Anchors.Add(name);
                    }

                    if (!ignored)
                    {
                        Link(element);
                    }

                    break;
                case "area" when !ignored:
                    Link(element);
                    break;
                case "img" when !ignored:
                    Image(element);
                    break;
                case "source" when !ignored:
                    var media = element.ParentElement?.LocalName is "audio" or "video";
                    Add(media ? ReferenceKind.Media : ReferenceKind.Image, element, element.GetAttribute("src"));
                    AddCandidates(ReferenceKind.Image, element, element.GetAttribute("srcset"));
                    break;
                case "script" when !ignored:
                    Add(ReferenceKind.Script, element, element.GetAttribute("src"));
                    if (element.GetAttribute("src") is null && IsJavaScript(element.GetAttribute("type")))
                    {
                        InlineScripts.Add(page.LocationOf(element));
                    }

                    break;
                case "link" when !ignored:
                    var rel = (element.GetAttribute("rel") ?? string.Empty).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    Add(rel.Contains("stylesheet") ? ReferenceKind.Stylesheet : ReferenceKind.LinkElement, element, element.GetAttribute("href"));
                    break;
                case "iframe" when !ignored:
                    Add(ReferenceKind.Frame, element, element.GetAttribute("src"));
                    break;
                case "audio" or "track" when !ignored:
                    Add(ReferenceKind.Media, element, element.GetAttribute("src"));
                    break;
                case "video" when !ignored:
                    Add(ReferenceKind.Media, element, element.GetAttribute("src"));
                    Add(ReferenceKind.Image, element, element.GetAttribute("poster"));
                    break;
                case "object" when !ignored:
                    Add(ReferenceKind.Object, element, element.GetAttribute("data"));
                    break;
                case "embed" when !ignored:
                    Add(ReferenceKind.Object, element, element.GetAttribute("src"));
                    break;
                case "meta" when !ignored:
                    if (string.Equals(element.GetAttribute("http-equiv"), "refresh", StringComparison.OrdinalIgnoreCase))
                    {
                        Add(ReferenceKind.Refresh, element, RefreshTarget(element.GetAttribute("content")));
                    }

                    break;
                case "base":
                    BaseHref ??= element.GetAttribute("href");
                    break;
            }
        }

        private void Link(IElement link)
        {
            if (link.GetAttribute("href") is not { } href)
            {
                return;
            }

            if (href.Trim().Length == 0)
            {
                Findings.Add(Diagnostic.Error(DiagnosticCodes.EmptyHref, page.LocationOf(link), $"<{link.LocalName} href=\"\"> links nowhere; give it a target, or remove the href"));
            }
            else if (href.Trim() != "#")
            {
                Add(ReferenceKind.Link, link, href);
            }
        }

        private void Image(IElement image)
        {
            if (!image.HasAttribute("alt"))
            {
                Findings.Add(Diagnostic.Error(DiagnosticCodes.ImageWithoutAlt, page.LocationOf(image), $"image {image.GetAttribute("src") ?? "(no src)"} has no alt attribute; describe it, or write alt=\"\" if it is decorative (WCAG 1.1.1)"));
            }

            if (image.GetAttribute("src") is not { } src)
            {
                Findings.Add(Diagnostic.Error(DiagnosticCodes.ImageWithoutSrc, page.LocationOf(image), "<img> has no src attribute; give it the image's address, such as src=\"/media/photo.jpg\", or remove it"));
            }
            else
            {
                Add(ReferenceKind.Image, image, src);
            }

            AddCandidates(ReferenceKind.Image, image, image.GetAttribute("srcset"));
        }

        private void Add(ReferenceKind kind, IElement element, string? value)
        {
            if (value is not null)
            {
                References.Add(new Reference(kind, value, page.LocationOf(element)));
            }
        }

        private void AddCandidates(ReferenceKind kind, IElement element, string? srcset)
        {
            foreach (var url in SrcsetUrls(srcset ?? string.Empty))
            {
                Add(kind, element, url);
            }
        }
    }

    private static bool IsJavaScript(string? type) =>
        string.IsNullOrWhiteSpace(type) || type.Trim().ToLowerInvariant() is "module" or "text/javascript" or "application/javascript" or "text/ecmascript" or "application/ecmascript";

    /// <summary>The URLs of a srcset, parsed as HTML does: a URL runs to whitespace, descriptors run to the next comma.</summary>
    public static IEnumerable<string> SrcsetUrls(string srcset)
    {
        var i = 0;
        while (i < srcset.Length)
        {
            while (i < srcset.Length && (char.IsWhiteSpace(srcset[i]) || srcset[i] == ','))
            {
                i++;
            }

            var start = i;
            while (i < srcset.Length && !char.IsWhiteSpace(srcset[i]))
            {
                i++;
            }

            var url = srcset[start..i];
            if (url.EndsWith(','))
            {
                url = url.TrimEnd(',');
            }
            else
            {
                var depth = 0;
                while (i < srcset.Length && (srcset[i] != ',' || depth > 0))
                {
                    depth += srcset[i] == '(' ? 1 : srcset[i] == ')' ? -1 : 0;
                    i++;
                }
            }

            if (url.Length > 0)
            {
                yield return url;
            }
        }
    }

    private static string? RefreshTarget(string? content)
    {
        if (content is null)
        {
            return null;
        }

        var index = content.IndexOf("url", StringComparison.OrdinalIgnoreCase);
        if (index < 0)
        {
            return null;
        }

        var rest = content[(index + 3)..].TrimStart();
        if (!rest.StartsWith('='))
        {
            return null;
        }

        return rest[1..].Trim().Trim('\'', '"');
    }
}
