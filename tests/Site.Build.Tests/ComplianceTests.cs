using Site.Testing;
using Xunit;

namespace Site.Build.Tests;

/// <summary>The compliance rules one at a time, on the small fixture site built on 2026-11-25.</summary>
public sealed class ComplianceTests
{
    [Fact]
    public async Task An_authorization_signed_in_the_future_is_an_error()
    {
        using var site = new SiteFixture();
        site.Write("input/stories/maria-walks-again.md", SiteFixture.Story("st-2026-001", "Maria", "2026-03-10", "cardiology").Replace("signed_on: 2026-01-01", "signed_on: 2026-12-01", StringComparison.Ordinal));

        var result = await site.BuildAsync();

        Assert.Equal("input/stories/maria-walks-again.md:12:14: error SG5010: 'consent.signed_on' is 2026-12-01, after today (2026-11-25); an authorization is signed before it is used", Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public async Task A_withdrawn_story_written_as_text_is_replaced_with_a_warning_at_its_line()
    {
        using var site = new SiteFixture();
        site.Write("input/stories/tomas-gardens.md", SiteFixture.Story("st-2026-002", "Tomas", "2026-04-10", "oncology").Replace("expires: 2028-01-01", "expires: 2026-11-01", StringComparison.Ordinal));
        site.Write("input/pages/about.md", "---\ntitle: About\nsummary: Who we are.\n---\n\nOur best story used to be at `/stories/tomas-gardens/`.\n");

        var result = await site.BuildAsync();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("SG5002", "input/pages/about.md:6:31"), (diagnostic.Code, diagnostic.Location.ToString()));
        Assert.Contains("the address /stories/tomas-gardens/ of the withdrawn story /stories/tomas-gardens/ was replaced in the text by 'a story that is no longer available' (withdrawn since 2026-11-02: authorization AUTH-st-2026-002 expired on 2026-11-01)", diagnostic.Message, StringComparison.Ordinal);
        Assert.True(result.Succeeded);
        var about = File.ReadAllText(Path.Combine(site.Output, "about", "index.html"));
        Assert.Contains("Our best story used to be at <code>a story that is no longer available</code>.", about, StringComparison.Ordinal);
        Assert.DoesNotContain("tomas-gardens", about, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_expiry_warning_window_comes_from_site_settings()
    {
        using var site = new SiteFixture();
        site.Write("input/stories/maria-walks-again.md", SiteFixture.Story("st-2026-001", "Maria", "2026-03-10", "cardiology").Replace("expires: 2028-01-01", "expires: 2027-01-20", StringComparison.Ordinal));

        var defaultWindow = await site.BuildAsync();
        site.Write("input/site.yml", SiteFixture.SiteYaml + "\ncompliance: { expiry_warning_days: 60 }\n");
        var wideWindow = await site.BuildAsync();

        Assert.Empty(defaultWindow.Diagnostics);
        Assert.Equal("input/stories/maria-walks-again.md:14:12: warning SG5020: authorization AUTH-st-2026-001 expires on 2027-01-20 (in 56 days); renew it with the patient, or the story is withdrawn after that date", Assert.Single(wideWindow.Diagnostics).ToString());
        Assert.True(wideWindow.Succeeded);
    }

    [Fact]
    public async Task An_exception_that_matches_nothing_is_a_warning()
    {
        using var site = new SiteFixture();
        site.Write("input/stories/maria-walks-again.md", SiteFixture.Story("st-2026-001", "Maria", "2026-03-10", "cardiology").Replace("approvals:", "phi_exceptions: [{ match: \"555-000-1111\", reason: \"old\", approved_by: J. Doe }]\napprovals:", StringComparison.Ordinal));

        var result = await site.BuildAsync();

        Assert.Equal("SG5031", Assert.Single(result.Diagnostics).Code);
        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task A_withdrawn_story_is_gone_from_every_file_and_answers_410()
    {
        using var site = new SiteFixture();
        site.Write("input/stories/tomas-gardens.md", SiteFixture.Story("st-2026-002", "Tomas Gardens Again", "2026-04-10", "oncology").Replace("status: signed", "status: revoked\n  revoked_on: 2026-11-20", StringComparison.Ordinal).Replace("tags: [recovery]", "tags: [recovery]\nredirect_from: [/stories/tomas/]", StringComparison.Ordinal));

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        foreach (var file in Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith("_redirects", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("tomas-gardens", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Tomas Gardens Again", text, StringComparison.Ordinal);
        }

        var redirects = File.ReadAllText(Path.Combine(site.Output, "_redirects"));
        Assert.Contains("/stories/tomas-gardens  /410.html  410!", redirects, StringComparison.Ordinal);
        Assert.Contains("/stories/tomas  /410.html  410!", redirects, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site.Output, "410.html")));
    }
}
