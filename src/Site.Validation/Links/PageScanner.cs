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
        var document = page.Document;
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in document.QuerySelectorAll("[id]"))
        {
            anchors.Add(element.Id!);
        }

        foreach (var element in document.QuerySelectorAll("a[name]"))
        {
            anchors.Add(element.GetAttribute("name")!);
        }

        var hasIgnored = document.QuerySelector("[" + Ignore + "]") is not null;
        bool Skipped(IElement element) => hasIgnored && element.Closest("[" + Ignore + "]") is not null;

        var references = new List<Reference>();
        var findings = new List<Diagnostic>();
        void Add(ReferenceKind kind, IElement element, string? value)
        {
            if (value is not null && !Skipped(element))
            {
                references.Add(new Reference(kind, value, page.LocationOf(element)));
            }
        }

        foreach (var link in document.QuerySelectorAll("a[href], area[href]"))
        {
            var href = link.GetAttribute("href")!;
            if (Skipped(link))
            {
                continue;
            }

            if (href.Trim().Length == 0)
            {
                findings.Add(Diagnostic.Error(DiagnosticCodes.EmptyHref, page.LocationOf(link), $"<{link.LocalName} href=\"\"> links nowhere; give it a target, or remove the href"));
            }
            else if (href.Trim() != "#")
            {
                Add(ReferenceKind.Link, link, href);
            }
        }

        foreach (var image in document.QuerySelectorAll("img"))
        {
            if (Skipped(image))
            {
                continue;
            }

            if (!image.HasAttribute("alt"))
            {
                findings.Add(Diagnostic.Error(DiagnosticCodes.ImageWithoutAlt, page.LocationOf(image), $"image {image.GetAttribute("src") ?? "(no src)"} has no alt attribute; describe it, or write alt=\"\" if it is decorative (WCAG 1.1.1)"));
            }

            if (image.GetAttribute("src") is not { } src)
            {
                findings.Add(Diagnostic.Error(DiagnosticCodes.ImageWithoutSrc, page.LocationOf(image), "<img> has no src attribute"));
            }
            else
            {
                Add(ReferenceKind.Image, image, src);
            }

            AddCandidates(ReferenceKind.Image, image, image.GetAttribute("srcset"), Add);
        }

        foreach (var source in document.QuerySelectorAll("source"))
        {
            var media = source.ParentElement?.LocalName is "audio" or "video";
            Add(media ? ReferenceKind.Media : ReferenceKind.Image, source, source.GetAttribute("src"));
            AddCandidates(ReferenceKind.Image, source, source.GetAttribute("srcset"), Add);
        }

        foreach (var script in document.QuerySelectorAll("script[src]"))
        {
            Add(ReferenceKind.Script, script, script.GetAttribute("src"));
        }

        foreach (var link in document.QuerySelectorAll("link[href]"))
        {
            var rel = (link.GetAttribute("rel") ?? string.Empty).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Add(rel.Contains("stylesheet") ? ReferenceKind.Stylesheet : ReferenceKind.LinkElement, link, link.GetAttribute("href"));
        }

        foreach (var (selector, attribute, kind) in Embedded)
        {
            foreach (var element in document.QuerySelectorAll(selector))
            {
                Add(kind, element, element.GetAttribute(attribute));
            }
        }

        foreach (var meta in document.QuerySelectorAll("meta[http-equiv]"))
        {
            if (string.Equals(meta.GetAttribute("http-equiv"), "refresh", StringComparison.OrdinalIgnoreCase) && RefreshTarget(meta.GetAttribute("content")) is { } target)
            {
                Add(ReferenceKind.Refresh, meta, target);
            }
        }

        var baseHref = document.QuerySelector("base[href]")?.GetAttribute("href");
        return new PageScan(page.Path, anchors, references, baseHref, findings);
    }

    private static readonly (string Selector, string Attribute, ReferenceKind Kind)[] Embedded =
    [
        ("iframe[src]", "src", ReferenceKind.Frame),
        ("audio[src]", "src", ReferenceKind.Media),
        ("video[src]", "src", ReferenceKind.Media),
        ("video[poster]", "poster", ReferenceKind.Image),
        ("track[src]", "src", ReferenceKind.Media),
        ("object[data]", "data", ReferenceKind.Object),
        ("embed[src]", "src", ReferenceKind.Object),
    ];

    private static void AddCandidates(ReferenceKind kind, IElement element, string? srcset, Action<ReferenceKind, IElement, string?> add)
    {
        foreach (var url in SrcsetUrls(srcset ?? string.Empty))
        {
            add(kind, element, url);
        }
    }

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
