using Site.Validation.Html;
using Site.Validation.Privacy;
using Xunit;

namespace Site.Validation.Tests;

public sealed class FirstPartyCheckTests
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

        var found = new FirstPartyCheck().Check(HtmlPage.Parse("p.html", html)).Select(d => (d.Location.Line, d.Code)).Order().ToList();

        Assert.Equal([(2, "SG5001"), (4, "SG5001"), (8, "SG5001"), (9, "SG5001")], found);
    }
}
