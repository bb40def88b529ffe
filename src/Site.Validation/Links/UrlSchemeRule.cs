using AngleSharp.Dom;
using Site.Engine.Diagnostics;
using Site.Engine.Links;
using Site.Validation.Html;

namespace Site.Validation.Links;

/// <summary>
/// The URL scheme rule of <see cref="UrlSchemes"/> applied to a whole page, so that the theme meets the rule editors'
/// Markdown meets: every link, image, frame, form, media and loaded file whose URL has a scheme that is not allowed
/// (such as <c>javascript:</c>) is an error at its element. Links written in Markdown are refused before the page is
/// made, at their Markdown line, so what this finds comes from templates.
/// </summary>
public sealed class UrlSchemeRule(UrlSchemes schemes) : IPageCheck
{
    private static readonly (string Element, string Attribute)[] UrlAttributes =
    [
        ("a", "href"), ("area", "href"), ("link", "href"), ("base", "href"), ("img", "src"), ("script", "src"),
        ("iframe", "src"), ("frame", "src"), ("embed", "src"), ("object", "data"), ("source", "src"), ("track", "src"),
        ("video", "src"), ("video", "poster"), ("audio", "src"), ("input", "src"), ("form", "action"),
        ("button", "formaction"), ("input", "formaction"), ("blockquote", "cite"), ("q", "cite"),
    ];

    public IEnumerable<Diagnostic> Check(HtmlPage page)
    {
        foreach (var (element, attribute) in UrlAttributes)
        {
            foreach (var found in page.Document.QuerySelectorAll($"{element}[{attribute}]"))
            {
                if (found.GetAttribute(attribute) is { } url && schemes.Refused(url) is { } scheme)
                {
                    yield return Refused(page, found, attribute, scheme);
                }
            }
        }

        foreach (var found in page.Document.QuerySelectorAll("img[srcset], source[srcset], link[imagesrcset]"))
        {
            var attribute = found.LocalName == "link" ? "imagesrcset" : "srcset";
            var candidates = PageScanner.SrcsetUrls(found.GetAttribute(attribute)!);
            if (candidates.Select(schemes.Refused).FirstOrDefault(s => s is not null) is { } scheme)
            {
                yield return Refused(page, found, attribute, scheme);
            }
        }
    }

    private static Diagnostic Refused(HtmlPage page, IElement element, string attribute, string scheme) =>
        Diagnostic.Error(DiagnosticCodes.UrlSchemeRefused, page.LocationOf(element), $"<{element.LocalName} {attribute}> uses a '{scheme}:' URL, which a page of this site may not use; {UrlSchemes.Advice}");
}
