using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Site.Content.Model;
using Site.Testing;
using Xunit;

namespace Site.Build.Tests;

/// <summary>
/// Sharing in a built site: every page has its Open Graph and Twitter card tags, with absolute addresses on the site's
/// base URL, and the image they name is a file of the site; stories and articles end with the share links, other
/// pages have none; a withdrawn story has no share image; a second build with the image cache draws none.
/// </summary>
public sealed class ShareBuildTests
{
    private const string BaseUrl = "https://stories.riversidehealth.example";

    [Fact]
    public async Task Every_page_has_its_tags_and_the_image_they_name_is_published()
    {
        using var temp = new TempDirectory();
        var result = await Build(Repository.Root, temp.Combine("output"), temp.Combine("cache"));
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var parser = new HtmlParser();
        var pages = Directory.EnumerateFiles(temp.Combine("output"), "*.html", SearchOption.AllDirectories).ToList();
        Assert.True(pages.Count > 30);
        foreach (var file in pages)
        {
            var relative = Path.GetRelativePath(temp.Combine("output"), file).Replace('\\', '/');
            using var document = parser.ParseDocument(File.ReadAllText(file));
            string Meta(string key) =>
                document.QuerySelector($"meta[property='{key}'], meta[name='{key}']")?.GetAttribute("content") ?? throw new Xunit.Sdk.XunitException($"{relative}: no {key}");

            var canonical = document.QuerySelector("link[rel=canonical]")!.GetAttribute("href");
            Assert.Equal(canonical, Meta("og:url"));
            Assert.Equal(document.QuerySelector("meta[name=description]")!.GetAttribute("content"), Meta("og:description"));
            Assert.Equal("Riverside Health Stories", Meta("og:site_name"));
            Assert.NotEmpty(Meta("og:title"));
            Assert.Equal(document.DocumentElement.GetAttribute("lang") == "es" ? "es_ES" : "en_US", Meta("og:locale"));
            Assert.Equal("1200", Meta("og:image:width"));
            Assert.Equal("630", Meta("og:image:height"));
            Assert.NotEmpty(Meta("og:image:alt"));
            Assert.Equal("summary_large_image", Meta("twitter:card"));
            Assert.Equal(Meta("og:title"), Meta("twitter:title"));
            Assert.Equal(Meta("og:image"), Meta("twitter:image"));
            Assert.Equal(Meta("og:image:alt"), Meta("twitter:image:alt"));

            var image = Meta("og:image");
            Assert.Matches(@"^https://stories\.riversidehealth\.example/img/share/.+\.[0-9a-f]{10}\.png$|^https://stories\.riversidehealth\.example/img/share/.+/[0-9a-f]{10}\.(png|jpg)$", image);
            Assert.True(File.Exists(temp.Combine("output", image[(BaseUrl.Length + 1)..])), $"{relative}: {image} is not published");

            var isEntry = Regex.IsMatch(relative, "^(stories|articles)/[^/]+/index.html$") && relative is not ("stories/index.html" or "articles/index.html");
            var isArticleType = isEntry || (Regex.IsMatch(relative, "^events/[^/]+/index.html$") && relative != "events/past/index.html");
            Assert.Equal(isArticleType ? "article" : "website", Meta("og:type"));
            Assert.Equal(isEntry, document.QuerySelector("section.share") is not null);
            if (isEntry)
            {
                Assert.Matches(@"^/img/share/(stories|articles)/[^/]+/[0-9a-f]{10}\.(png|jpg)$", new Uri(image).AbsolutePath);
                var links = document.QuerySelectorAll("section.share a").Select(a => a.GetAttribute("href")!).ToList();
                var encoded = Uri.EscapeDataString(canonical!);
                Assert.Equal("https://www.facebook.com/sharer/sharer.php?u=" + encoded, links[0]);
                Assert.Equal("https://www.linkedin.com/sharing/share-offsite/?url=" + encoded, links[1]);
                Assert.StartsWith($"https://x.com/intent/post?url={encoded}&text=", links[2], StringComparison.Ordinal);
                Assert.StartsWith("mailto:?subject=", links[3], StringComparison.Ordinal);
                Assert.Contains(encoded, links[3], StringComparison.Ordinal);
                Assert.Equal(canonical, document.QuerySelector("section.share button.share-copy")!.GetAttribute("data-url"));
                Assert.NotNull(document.QuerySelector("script[src$='/share.js']"));
                Assert.NotNull(Meta("article:published_time"));
            }
            else
            {
                Assert.Null(document.QuerySelector("script[src$='/share.js']"));
            }
        }

        Assert.Equal((0, 0), (result.ShareImages.FromCache, 0));
        Assert.True(result.ShareImages.Drawn >= 14, $"{result.ShareImages.Drawn} drawn");

        var again = await Build(Repository.Root, temp.Combine("again"), temp.Combine("cache"));
        Assert.True(again.Succeeded);
        Assert.Equal((0, result.ShareImages.Drawn), again.ShareImages);
    }

    [Fact]
    public async Task A_withdrawn_story_has_no_share_image()
    {
        using var temp = new TempDirectory();
        var result = await GoldenCaseTests.Build(Repository.PathTo("tests", "Site.Build.Tests", "Cases", "takedown"), temp.Combine("output"), DeployContext.Production, new DateOnly(2027, 3, 15));

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Contains(result.Written, p => p.StartsWith("img/share/stories/ben-walks-the-dog/", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Written, p => p.Contains("anna-runs-again", StringComparison.Ordinal));
    }

    private static Task<BuildResult> Build(string working, string output, string cache) =>
        new SiteBuild(
            new BuildOptions { WorkingDirectory = working, Theme = "theme", Output = output, Today = new DateOnly(2026, 11, 25), Context = DeployContext.Production, ImageCache = cache },
            FixedClock.On(2026, 11, 25)).RunAsync();
}
