using Site.Content.Model;
using Site.Testing;
using Xunit;

namespace Site.Build.Tests;

/// <summary>
/// The files the build writes for Netlify, parsed strictly: a line that is not a well-formed rule fails the test
/// instead of being dropped, as Netlify would drop it silently.
/// </summary>
public sealed class NetlifyFilesTests
{
    [Fact]
    public async Task Redirects_move_renamed_stories_and_send_withdrawn_ones_away_with_410()
    {
        using var site = new SiteFixture();
        site.Write("input/stories/maria-walks-again.md", SiteFixture.Story("st-2026-001", "Maria", "2026-03-10", "cardiology").Replace("tags: [recovery]", "tags: [recovery]\nredirect_from: [/stories/maria/, /maria-walks/]", StringComparison.Ordinal));
        site.Write("input/stories/tomas-gardens.md", SiteFixture.Story("st-2026-002", "Tomas", "2026-04-10", "oncology").Replace("expires: 2028-01-01", "expires: 2026-11-01", StringComparison.Ordinal).Replace("tags: [recovery]", "tags: [recovery]\nredirect_from: [/stories/tomas/]", StringComparison.Ordinal));

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var rules = ParseRedirects(File.ReadAllText(Path.Combine(site.Output, "_redirects")));
        Assert.Equal(
            [
                ("/maria-walks", "/stories/maria-walks-again/", "301"),
                ("/stories/maria", "/stories/maria-walks-again/", "301"),
                ("/stories/tomas-gardens", "/410.html", "410!"),
                ("/stories/tomas", "/410.html", "410!"),
            ],
            rules);
    }

    [Theory]
    [InlineData("[/stories/tomas-gardens/]", "SG2050", "is a live page of the site")]
    [InlineData("[/stories/maria-walks-again/]", "SG2051", "is the story's own URL")]
    [InlineData("[stories/old/]", "SG2052", "must be a site path")]
    [InlineData("[/tags/recovery/]", "SG2050", "is a live page of the site")]
    public async Task A_redirect_that_could_not_work_is_an_error(string redirects, string code, string message)
    {
        using var site = new SiteFixture();
        site.Write("input/stories/maria-walks-again.md", SiteFixture.Story("st-2026-001", "Maria", "2026-03-10", "cardiology").Replace("tags: [recovery]", $"tags: [recovery]\nredirect_from: {redirects}", StringComparison.Ordinal));

        var result = await site.BuildAsync();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((code, 8), (diagnostic.Code, diagnostic.Location.Line));
        Assert.Contains(message, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_stories_cannot_claim_one_old_url()
    {
        using var site = new SiteFixture();
        site.Write("input/stories/maria-walks-again.md", SiteFixture.Story("st-2026-001", "Maria", "2026-03-10", "cardiology").Replace("tags: [recovery]", "tags: [recovery]\nredirect_from: [/old/]", StringComparison.Ordinal));
        site.Write("input/stories/tomas-gardens.md", SiteFixture.Story("st-2026-002", "Tomas", "2026-04-10", "oncology").Replace("tags: [recovery]", "tags: [recovery]\nredirect_from: [/old]", StringComparison.Ordinal));

        var result = await site.BuildAsync();

        Assert.Equal("input/stories/tomas-gardens.md:8:17: error SG2051: '/old' in 'redirect_from' is also claimed by input/stories/maria-walks-again.md; an old URL can lead to one page only", Assert.Single(result.Diagnostics).ToString());
    }

    [Theory]
    [InlineData(DeployContext.Production, false)]
    [InlineData(DeployContext.DeployPreview, true)]
    [InlineData(DeployContext.BranchDeploy, true)]
    public async Task Headers_carry_the_security_policy_and_noindex_only_off_production(DeployContext context, bool noindex)
    {
        using var site = new SiteFixture();
        await site.BuildAsync(new BuildOptions { Context = context });

        var headers = ParseHeaders(File.ReadAllText(Path.Combine(site.Output, "_headers")));

        Assert.Equal(["/*", "/search/", "/search/index.html", "/pagefind/*", "/assets/*", "/img/*", "/media/*", "/events/calendar.ics", "/events/*/event.ics"], headers.Keys);
        Assert.Equal("public, max-age=31536000, immutable", headers["/assets/*"]["Cache-Control"]);
        Assert.All(headers.Keys.Where(k => k.EndsWith(".ics", StringComparison.Ordinal)), k => Assert.Equal("text/calendar; charset=utf-8", headers[k]["Content-Type"]));
        var all = headers["/*"];
        var csp = all["Content-Security-Policy"];
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.DoesNotMatch("script-src[^;]*unsafe-inline", csp);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("base-uri 'self'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", all["X-Content-Type-Options"]);
        Assert.StartsWith("max-age=", all["Strict-Transport-Security"], StringComparison.Ordinal);
        Assert.Equal("strict-origin-when-cross-origin", all["Referrer-Policy"]);
        Assert.Contains("interest-cohort=()", all["Permissions-Policy"], StringComparison.Ordinal);
        Assert.Equal(noindex, all.ContainsKey("X-Robots-Tag"));
        Assert.Equal(noindex, File.ReadAllText(Path.Combine(site.Output, "index.html")).Contains("<meta name=\"robots\" content=\"noindex\">", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_page_that_the_policy_would_block_fails_the_build()
    {
        using var site = new SiteFixture();
        site.Write("theme/partials/footer.liquid", "<footer><script>console.log('hi')</script><img src=\"https://cdn.example.com/badge.png\" alt=\"\"><button onclick=\"go()\">Go</button><script type=\"application/ld+json\">{}</script><a href=\"https://www.example.org/\">a link is fine</a></footer>");

        var result = await site.BuildAsync();

        var onHome = result.Diagnostics.Where(d => d.Location.Path == "index.html").Select(d => d.Code).ToList();
        Assert.Equal(["SG5004", "SG5004"], onHome);
        Assert.Contains(result.Diagnostics, d => d.Code == "SG5001" && d.Message.StartsWith("image https://cdn.example.com/badge.png loads from another origin", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("www.example.org", StringComparison.Ordinal));
        Assert.False(result.Succeeded);
    }

    /// <summary>Netlify's _redirects: "from  to  status[!]" per line, '#' comments, blank lines.</summary>
    public static List<(string From, string To, string Status)> ParseRedirects(string text) =>
        text.Split('\n')
            .Where(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#'))
            .Select(l =>
            {
                var parts = l.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                Assert.True(parts.Length == 3 && parts[0].StartsWith('/') && parts[1].StartsWith('/') && System.Text.RegularExpressions.Regex.IsMatch(parts[2], "^[1-5][0-9]{2}!?$"), $"malformed rule: '{l}'");
                return (parts[0], parts[1], parts[2]);
            })
            .ToList();

    /// <summary>Netlify's _headers: a path line, then indented "Name: value" lines, '#' comments.</summary>
    public static Dictionary<string, Dictionary<string, string>> ParseHeaders(string text)
    {
        var rules = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        Dictionary<string, string>? current = null;
        foreach (var line in text.Split('\n').Where(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#')))
        {
            if (!char.IsWhiteSpace(line[0]))
            {
                Assert.StartsWith("/", line, StringComparison.Ordinal);
                current = rules[line.Trim()] = new Dictionary<string, string>(StringComparer.Ordinal);
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            Assert.True(current is not null && colon > 0 && line[(colon + 1)..].Trim().Length > 0, $"malformed header line: '{line}'");
            current![line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }

        return rules;
    }
}
