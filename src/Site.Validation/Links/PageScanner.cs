using AngleSharp.Dom;
using Site.Engine.Diagnostics;
using Site.Validation.Html;

namespace Site.Validation.Links;

/// <summary>
/// Reads, from one parsed page, every URL it refers to (links, images and each <c>srcset</c> candidate, image
/// buttons, scripts, <c>link</c> elements and their <c>imagesrcset</c>, frames, media, <c>object data</c>,
/// <c>embed src</c> and <c>meta refresh</c>), the anchors it offers, and the problems visible on the page alone (an
/// empty <c>href</c>, a <c>link</c> without <c>href</c>, an image with neither <c>src</c> nor <c>srcset</c> or
/// without <c>alt</c>, a <c>usemap</c> that names no <c>map</c> of the page). An element with
/// <c>data-check-ignore</c>, and everything inside it, is skipped. Thread-safe.
/// </summary>
public static class PageScanner
{
    private const string Ignore = "data-check-ignore";

    /// <summary>Scans <paramref name="page"/>; the addresses and ids it keeps are taken from <paramref name="pool"/> when given.</summary>
    public static PageScan Scan(HtmlPage page, StringPool? pool = null)
    {
        var scan = new Scanner(page, pool);
        if (page.Document.DocumentElement is { } root)
        {
            scan.Walk(root, ignored: false);
            scan.CheckImageMaps();
        }

        return new PageScan(page.Path, scan.Anchors, scan.References, scan.BaseHref, scan.Findings, scan.InlineScripts);
    }

    /// <summary>One walk over the element tree, carrying whether an ancestor has data-check-ignore.</summary>
    private sealed class Scanner(HtmlPage page, StringPool? pool)
    {
        public HashSet<string> Anchors { get; } = new(StringComparer.Ordinal);

        public List<Reference> References { get; } = [];

        public List<Diagnostic> Findings { get; } = [];

        public string? BaseHref { get; private set; }

        public List<SourceLocation> InlineScripts { get; } = [];

        /// <summary>The names and ids of the page's <c>map</c> elements, which <c>usemap="#name"</c> refers to.</summary>
        private HashSet<string> Maps { get; } = new(StringComparer.Ordinal);

        private List<(IElement Element, string Value)> UseMaps { get; } = [];

        public void Walk(IElement element, bool ignored)
        {
            if (element.Id is { Length: > 0 } id)
            {
                Anchors.Add(pool?.Share(id) ?? id);
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

            if (!ignored && element.LocalName is "img" or "object" && element.GetAttribute("usemap") is { } usemap)
            {
                UseMaps.Add((element, usemap));
            }

            switch (element.LocalName)
            {
                case "map":
                    foreach (var key in new[] { element.GetAttribute("name"), element.Id })
                    {
                        if (key is { Length: > 0 })
                        {
                            Maps.Add(key);
                        }
                    }

                    break;
                case "input" when !ignored && string.Equals(element.GetAttribute("type")?.Trim(), "image", StringComparison.OrdinalIgnoreCase):
                    ImageButton(element);
                    break;
                case "a":
                    if (element.GetAttribute("name") is { Length: > 0 } name)
                    {
                        Anchors.Add(pool?.Share(name) ?? name);
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
                    LinkElement(element);
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

        /// <summary>
        /// An image needs <c>src</c> or <c>srcset</c> (HTML: a <c>srcset</c> alone is enough, the browser picks a
        /// candidate), and <c>alt</c>; each address is checked.
        /// </summary>
        private void Image(IElement image)
        {
            var src = image.GetAttribute("src");
            var candidates = SrcsetUrls(image.GetAttribute("srcset") ?? string.Empty).ToList();
            if (!image.HasAttribute("alt"))
            {
                var name = src ?? candidates.FirstOrDefault() ?? "(no src)";
                Findings.Add(Diagnostic.Error(DiagnosticCodes.ImageWithoutAlt, page.LocationOf(image), $"image {Printable.Escape(name)} has no alt attribute; describe it, or write alt=\"\" if it is decorative (WCAG 1.1.1)"));
            }

            if (src is null && candidates.Count == 0)
            {
                Findings.Add(Diagnostic.Error(DiagnosticCodes.ImageWithoutSrc, page.LocationOf(image), "<img> has neither src nor srcset; give it the image's address, such as src=\"/media/photo.jpg\", or remove it"));
            }

            Add(ReferenceKind.Image, image, src);
            foreach (var url in candidates)
            {
                Add(ReferenceKind.Image, image, url);
            }
        }

        /// <summary>An image button (<c>input type=image</c>) shows its <c>src</c>, and its <c>alt</c> is the button's name, so both must be there.</summary>
        private void ImageButton(IElement input)
        {
            var src = input.GetAttribute("src");
            if (src is null)
            {
                Findings.Add(Diagnostic.Error(DiagnosticCodes.ImageWithoutSrc, page.LocationOf(input), "<input type=\"image\"> has no src attribute; give it the image's address, such as src=\"/media/send.png\", or make it a <button>"));
            }

            if (string.IsNullOrWhiteSpace(input.GetAttribute("alt")))
            {
                Findings.Add(Diagnostic.Error(DiagnosticCodes.ImageWithoutAlt, page.LocationOf(input), $"image button {Printable.Escape(src ?? "(no src)")} has no alt text, which is the button's name; write what it does, such as alt=\"Search\" (WCAG 1.1.1)"));
            }

            Add(ReferenceKind.Image, input, src);
        }

        /// <summary>A <c>link</c> without <c>href</c> links nothing (unless an image preload gives <c>imagesrcset</c>).</summary>
        private void LinkElement(IElement link)
        {
            var rel = (link.GetAttribute("rel") ?? string.Empty).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var href = link.GetAttribute("href");
            var candidates = SrcsetUrls(link.GetAttribute("imagesrcset") ?? string.Empty).ToList();
            if (href is null && candidates.Count == 0)
            {
                var what = rel.Length > 0 ? $"<link rel=\"{string.Join(' ', rel)}\">" : "<link>";
                Findings.Add(Diagnostic.Error(DiagnosticCodes.EmptyHref, page.LocationOf(link), $"{what} has no href, so it links nothing; give it the file's address, or remove it"));
            }

            Add(rel.Contains("stylesheet") ? ReferenceKind.Stylesheet : ReferenceKind.LinkElement, link, href);
            foreach (var url in candidates)
            {
                Add(ReferenceKind.Image, link, url);
            }
        }

        /// <summary>
        /// Each <c>usemap</c> must be <c>#</c> and the name (or id) of a <c>map</c> of the same page, exactly (HTML's
        /// rules for parsing a hash-name reference); else the image has no clickable areas.
        /// </summary>
        public void CheckImageMaps()
        {
            foreach (var (element, value) in UseMaps)
            {
                var hash = value.IndexOf('#', StringComparison.Ordinal);
                var name = hash < 0 ? string.Empty : value[(hash + 1)..];
                if (hash < 0 || name.Length == 0)
                {
                    Findings.Add(Diagnostic.Error(DiagnosticCodes.FragmentNotFound, page.LocationOf(element), $"<{element.LocalName} usemap=\"{Printable.Escape(value)}\"> must be '#' and the name of a <map> of this page, such as usemap=\"#floor-plan\""));
                }
                else if (!Maps.Contains(name))
                {
                    var hint = Maps.FirstOrDefault(m => string.Equals(m, name, StringComparison.OrdinalIgnoreCase)) is { } other ? $"; the page has <map name=\"{Printable.Escape(other)}\">, and case matters" : string.Empty;
                    Findings.Add(Diagnostic.Error(DiagnosticCodes.FragmentNotFound, page.LocationOf(element), $"<{element.LocalName} usemap=\"{Printable.Escape(value)}\">: no <map> with name or id '{Printable.Escape(name)}' on {page.Path}{hint}"));
                }
            }
        }

        private void Add(ReferenceKind kind, IElement element, string? value)
        {
            if (value is not null)
            {
                References.Add(new Reference(kind, pool?.Share(value) ?? value, page.LocationOf(element)));
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
