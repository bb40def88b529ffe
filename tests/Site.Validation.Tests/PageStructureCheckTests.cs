using Site.Validation.Accessibility;
using Site.Validation.Html;
using Xunit;

namespace Site.Validation.Tests;

public sealed class PageStructureCheckTests
{
    private const string Good = """
        <!DOCTYPE html>
        <html lang="en"><head><title>t</title></head>
        <body><a href="#main">Skip to main content</a>
        <main id="main"><h1>Title</h1><h2>Part</h2><h3>Sub</h3><h2>Next</h2><img src="/a.svg" alt=""></main>
        </body></html>
        """;

    [Fact]
    public void A_well_formed_page_passes()
    {
        Assert.Empty(Check(Good));
    }

    [Fact]
    public void Each_problem_is_named_at_its_line_and_column()
    {
        var html = """
            <!DOCTYPE html>
            <html><head><title>t</title></head>
            <body><a href="/">Home</a>
            <div><h1>One</h1>
            <h1>Two</h1><h3>Skipped</h3>
              <img src="/photo.jpg"></div>
            </body></html>
            """;

        var found = Check(html).Select(d => d.ToString()).ToList();

        Assert.Equal(
            [
                "page.html:2:1: error SG4001: the page has no lang attribute on <html>; screen readers need it to pick a voice (WCAG 3.1.1)",
                "page.html:5:1: error SG4002: the page has 2 <h1> elements; it needs exactly one, the page title (WCAG 1.3.1)",
                "page.html:5:13: error SG4005: <h3> follows <h1>: a heading level is skipped (WCAG 1.3.1)",
                "page.html:2:1: error SG4003: the page has no <main> landmark (WCAG 1.3.1, 2.4.1)",
                "page.html:3:7: error SG4004: the first link of the page must skip to the main content (an href to the id of <main>) (WCAG 2.4.1)",
            ],
            found);
    }

    private static List<Site.Engine.Diagnostics.Diagnostic> Check(string html) =>
        new PageStructureCheck().Check(HtmlPage.Parse("page.html", html)).ToList();
}
