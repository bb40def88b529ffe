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

    /// <summary>The attributes of <see cref="UrlAttributes"/> by element name, each with its place in that list.</summary>
    private static readonly Dictionary<string, (int Order, string Attribute)[]> ByElement = UrlAttributes
        .Select((pair, order) => (pair.Element, Order: order, pair.Attribute))
        .GroupBy(p => p.Element, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Select(p => (p.Order, p.Attribute)).ToArray(), StringComparer.Ordinal);

    /// <summary>
    /// One walk over the page's elements. The findings come in the order of <see cref="UrlAttributes"/> and then of the
    /// page (as one selector query per attribute would give them), the <c>srcset</c> ones last.
    /// </summary>
    public IEnumerable<Diagnostic> Check(HtmlPage page)
    {
        List<(int Order, Diagnostic Diagnostic)>? found = null;
        List<Diagnostic>? candidates = null;
        foreach (var element in page.Elements)
        {
            if (ByElement.TryGetValue(element.LocalName, out var attributes))
            {
                foreach (var (order, attribute) in attributes)
                {
                    if (element.GetAttribute(attribute) is { } url && schemes.Refused(url) is { } scheme)
                    {
                        (found ??= []).Add((order, Refused(page, element, attribute, scheme)));
                    }
                }
            }

            var set = element.LocalName switch
            {
                "img" or "source" => "srcset",
                "link" => "imagesrcset",
                _ => null,
            };
            if (set is not null && element.GetAttribute(set) is { } srcset
                && PageScanner.SrcsetUrls(srcset).Select(schemes.Refused).FirstOrDefault(s => s is not null) is { } refused)
            {
                (candidates ??= []).Add(Refused(page, element, set, refused));
            }
        }

        return (found ?? []).OrderBy(f => f.Order).Select(f => f.Diagnostic).Concat(candidates ?? []);
    }

    private static Diagnostic Refused(HtmlPage page, IElement element, string attribute, string scheme) =>
        Diagnostic.Error(DiagnosticCodes.UrlSchemeRefused, page.LocationOf(element), $"<{element.LocalName} {attribute}> uses a '{scheme}:' URL, which a page of this site may not use; {UrlSchemes.Advice}");
}
