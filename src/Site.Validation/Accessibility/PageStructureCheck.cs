using AngleSharp.Dom;
using Site.Engine.Diagnostics;
using Site.Validation.Html;

namespace Site.Validation.Accessibility;

/// <summary>
/// The structure every page needs for WCAG 2.1 AA that a machine can check: a language, exactly one
/// <c>h1</c>, headings that do not skip levels, a <c>main</c> landmark and a skip link to it. (A text
/// alternative on every image is checked with the links, by <see cref="Links.PageScanner"/>.)
/// </summary>
public sealed class PageStructureCheck : IPageCheck
{
    public IEnumerable<Diagnostic> Check(HtmlPage page)
    {
        var document = page.Document;
        var root = document.DocumentElement;
        if (string.IsNullOrWhiteSpace(root.GetAttribute("lang")))
        {
            yield return Diagnostic.Error(DiagnosticCodes.MissingLang, page.LocationOf(root), "the page has no lang attribute on <html>; screen readers need it to pick a voice (WCAG 3.1.1)");
        }

        // One walk over the page's elements for the headings, the main landmark and the first link of the body.
        var headings = new List<IElement>();
        IElement? main = null;
        IElement? firstLink = null;
        var body = document.Body;
        foreach (var element in page.Elements)
        {
            switch (element.LocalName)
            {
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                    headings.Add(element);
                    break;
                case "main":
                    main ??= element;
                    break;
                case "a" when firstLink is null && body is not null && element.HasAttribute("href") && body.Contains(element) && element != body:
                    firstLink = element;
                    break;
            }
        }

        var headingOnes = headings.Where(h => h.LocalName == "h1").ToList();
        if (headingOnes.Count != 1)
        {
            var at = headingOnes.Count > 1 ? page.LocationOf(headingOnes[1]) : page.LocationOf(root);
            yield return Diagnostic.Error(DiagnosticCodes.HeadingOneCount, at, $"the page has {headingOnes.Count} <h1> elements; it needs exactly one, the page title (WCAG 1.3.1)");
        }

        var previous = 0;
        foreach (var heading in headings)
        {
            var level = heading.LocalName[1] - '0';
            if (previous > 0 && level > previous + 1)
            {
                yield return Diagnostic.Error(DiagnosticCodes.HtmlSkippedHeadingLevel, page.LocationOf(heading), $"<{heading.LocalName}> follows <h{previous}>: a heading level is skipped (WCAG 1.3.1)");
            }

            previous = level;
        }

        if (main is null)
        {
            yield return Diagnostic.Error(DiagnosticCodes.MissingMainLandmark, page.LocationOf(root), "the page has no <main> landmark (WCAG 1.3.1, 2.4.1)");
        }

        var target = firstLink?.GetAttribute("href") is { Length: > 1 } href && href[0] == '#' ? document.GetElementById(href[1..]) : null;
        if (target is null)
        {
            yield return Diagnostic.Error(DiagnosticCodes.MissingSkipLink, firstLink is null ? page.LocationOf(root) : page.LocationOf(firstLink), "the first link of the page must skip to the main content (an href to the id of <main>) (WCAG 2.4.1)");
        }
    }
}
