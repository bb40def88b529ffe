using Site.Validation.Html;
using Site.Validation.Links;
using Site.Validation.Privacy;
using Site.Validation.Stage;
using Xunit;

namespace Site.Validation.Tests;

/// <summary>The one first-party rule: every element that loads something, and the site's CSS files, must stay on the site.</summary>
public sealed class FirstPartyRuleTests
{
    [Fact]
    public void Resources_from_other_origins_are_errors_and_links_are_not()
    {
        var html = """
            <html><head>
            <link rel="stylesheet" href="https://fonts.example.com/css">
            <link rel="canonical" href="https://stories.example.org/a/">
            <script src="//cdn.example.net/x.js"></script>
            <link rel="stylesheet" href="/assets/site.css">
            </head><body>
            <a href="https://www.example.org/">a link is fine</a>
            <img src="/media/a.svg" alt="" srcset="/media/a.svg 1x, https://img.example.com/a@2x.png 2x">
            <iframe src="https://video.example.com/embed/1" title="v"></iframe>
            </body></html>
            """;

        var found = new FirstPartyRule().Check(HtmlPage.Parse("p.html", html)).Select(d => (d.Location.Line, d.Code)).Order().ToList();

        Assert.Equal([(2, "SG5001"), (4, "SG5001"), (8, "SG5001"), (9, "SG5001")], found);
    }

    [Theory]
    [InlineData("<link rel=\"icon\" href=\"https://cdn.example/x.ico\">")]
    [InlineData("<link rel=\"preload\" as=\"font\" href=\"https://fonts.example/f.woff2\" crossorigin>")]
    [InlineData("<link rel=\"modulepreload\" href=\"https://cdn.example/m.js\">")]
    [InlineData("<link rel=\"manifest\" href=\"https://cdn.example/site.webmanifest\">")]
    [InlineData("<link rel=\"preconnect\" href=\"https://fonts.example\">")]
    [InlineData("<source srcset=\"https://img.example/a.webp 1x\">")]
    [InlineData("<input type=\"image\" src=\"https://img.example/go.png\" alt=\"Go\">")]
    [InlineData("<video poster=\"https://img.example/p.jpg\"></video>")]
    [InlineData("<div style=\"background: url('https://img.example/bg.jpg')\">x</div>")]
    [InlineData("<style>@import \"https://fonts.example/css\"; body { background: url(//img.example/a.png) }</style>")]
    public void Every_element_that_loads_something_counts(string element)
    {
        var found = new FirstPartyRule().Check(HtmlPage.Parse("p.html", $"<html><head></head><body>{element}</body></html>"));

        Assert.Contains(found, d => d.Code == "SG5001");
    }

    [Theory]
    [InlineData("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"https://stories.example.org/feed.xml\">")]
    [InlineData("<a href=\"https://www.example.org/\">out</a>")]
    [InlineData("<div data-check-ignore><img src=\"https://img.example/a.png\" alt=\"\"></div>")]
    [InlineData("<div style=\"background: url('/media/bg.jpg')\">x</div>")]
    public void Navigation_links_ignored_parts_and_own_resources_are_fine(string element)
    {
        Assert.Empty(new FirstPartyRule().Check(HtmlPage.Parse("p.html", $"<html><head></head><body>{element}</body></html>")));
    }

    [Fact]
    public async Task Site_check_with_the_rule_flags_an_icon_a_font_preload_and_a_stylesheet_font_from_another_origin()
    {
        using var temp = new Site.Testing.TempDirectory();
        temp.Write("index.html", "<!DOCTYPE html><html lang=\"en\"><head><title>t</title><link rel=\"icon\" href=\"https://cdn.example/x.ico\"><link rel=\"preload\" as=\"font\" href=\"https://fonts.example/f.woff2\"><link rel=\"stylesheet\" href=\"/site.css\"></head><body><h1>t</h1></body></html>");
        temp.Write("site.css", "body {\n  font-family: x;\n}\n@font-face { src: url(\"https://fonts.example/x.woff2\"); }\n");
        var (pages, files) = LinkChecker.ReadFolder(temp.Path);

        var report = await new LinkChecker(new ValidationOptions { PageChecks = [new FirstPartyRule()] }).CheckAsync(pages, files, temp.Path, TestContext.Current.CancellationToken);

        Assert.Equal(["index.html SG5001 https://cdn.example/x.ico", "index.html SG5001 https://fonts.example/f.woff2", "site.css:4:24 SG5001 https://fonts.example/x.woff2"], report.Failures.Select(f => $"{(f.Diagnostic.Location.Path == "index.html" ? "index.html" : f.Diagnostic.Location.ToString())} {f.Diagnostic.Code} {f.Diagnostic.Message.Split(' ').First(w => w.StartsWith("https:", StringComparison.Ordinal))}"));
    }
}
