using AngleSharp.Dom;
using Site.Engine.Diagnostics;
using Site.Validation.Html;

namespace Site.Validation.Privacy;

/// <summary>
/// A page may load nothing from another origin: scripts, styles, fonts, images, frames and media must be
/// served by the site itself, so that no third party learns who reads which story. Ordinary links
/// (<c>a href</c>) are fine: they make no request until the visitor follows them.
/// </summary>
public sealed class FirstPartyCheck : IPageCheck
{
    private static readonly (string Selector, string Attribute)[] Loads =
    [
        ("script[src]", "src"), ("link[href]", "href"), ("img[src]", "src"), ("img[srcset]", "srcset"), ("source[src]", "src"),
        ("source[srcset]", "srcset"), ("iframe[src]", "src"), ("audio[src]", "src"), ("video[src]", "src"), ("video[poster]", "poster"),
        ("track[src]", "src"), ("embed[src]", "src"), ("object[data]", "data"), ("input[src]", "src"),
    ];

    public IEnumerable<Diagnostic> Check(HtmlPage page)
    {
        foreach (var (selector, attribute) in Loads)
        {
            foreach (var element in page.Document.QuerySelectorAll(selector))
            {
                if (element.LocalName == "link" && IsNavigationOnly(element))
                {
                    continue;
                }

                var value = element.GetAttribute(attribute) ?? string.Empty;
                foreach (var url in attribute == "srcset" ? value.Split(',').Select(c => c.Trim().Split(' ')[0]) : [value.Trim()])
                {
                    if (IsOtherOrigin(url))
                    {
                        yield return Diagnostic.Error(DiagnosticCodes.ThirdPartyResource, page.LocationOf(element), $"<{element.LocalName} {attribute}=\"{url}\"> loads from another origin; serve it from the site itself so visitors are not tracked");
                    }
                }
            }
        }
    }

    private static bool IsNavigationOnly(IElement link) =>
        (link.GetAttribute("rel") ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .All(r => r is "canonical" or "alternate" or "author" or "license" or "next" or "prev" or "me");

    private static bool IsOtherOrigin(string url) =>
        url.StartsWith("//", StringComparison.Ordinal)
        || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
}
