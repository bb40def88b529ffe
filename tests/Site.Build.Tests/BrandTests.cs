using Site.Testing;
using Xunit;

namespace Site.Build.Tests;

/// <summary>
/// The brand of site.yml on the built pages (logo, main-site link, call to action, social profiles), tags by their
/// names, phones in the national format with tel: links, the empty state of a listing, and each mistake in the
/// brand's settings reported at its line.
/// </summary>
public sealed class BrandTests
{
    private const string Brand = """

        brand:
          logo: /media/logo.svg
          main_site: { title: Test Health main site, url: "https://www.test.example/" }
          call_to_action: { title: Make an appointment, url: "https://www.test.example/appointments/" }
          social:
            - { network: facebook, url: "https://www.facebook.com/testhealth.example" }
            - { network: youtube, url: "https://www.youtube.com/@testhealth-example" }
        tags:
          - { slug: recovery, name: Getting better }
        """;

    private const string Logo = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 40 40\" width=\"40\" height=\"40\"><circle cx=\"20\" cy=\"20\" r=\"18\" fill=\"#0b5cab\"/></svg>";

    private static SiteFixture Branded(string? yaml = null)
    {
        var site = new SiteFixture();
        site.Write("input/site.yml", yaml ?? SiteFixture.SiteYaml + Brand);
        site.Write("input/media/logo.svg", Logo);
        return site;
    }

    private static string Read(SiteFixture site, string path) => File.ReadAllText(Path.Combine(site.Output, path));

    [Fact]
    public async Task Every_page_has_the_logo_the_main_site_link_and_the_call_to_action_in_its_header()
    {
        using var site = Branded();
        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        foreach (var page in new[] { "index.html", "stories/maria-walks-again/index.html", "about/index.html", "tags/index.html" })
        {
            var html = Read(site, page);
            var header = html[html.IndexOf("<header class=\"site-header\">", StringComparison.Ordinal)..html.IndexOf("</header>", StringComparison.Ordinal)];
            Assert.Contains("<a class=\"site-title\" href=\"/\"><img class=\"site-logo\" src=\"/media/logo.svg\" alt=\"Test Health\" width=\"40\" height=\"40\">", header, StringComparison.Ordinal);
            Assert.Contains("<a class=\"main-site\" href=\"https://www.test.example/\">Test Health main site</a>", header, StringComparison.Ordinal);
            Assert.Contains("<a class=\"button cta\" href=\"https://www.test.example/appointments/\">Make an appointment</a>", header, StringComparison.Ordinal);
        }

        Assert.True(File.Exists(Path.Combine(site.Output, "media", "logo.svg")));
    }

    [Fact]
    public async Task The_footer_links_the_social_profiles_with_the_theme_s_icons_and_the_phone_with_tel()
    {
        using var site = Branded();
        await site.BuildAsync();

        var footer = Read(site, "index.html");
        footer = footer[footer.IndexOf("<footer", StringComparison.Ordinal)..];
        Assert.Contains("<nav class=\"social\" aria-label=\"Social media\">", footer, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://www.facebook.com/testhealth.example\"><svg class=\"icon\"", footer, StringComparison.Ordinal);
        Assert.Contains("<span>Facebook</span></a>", footer, StringComparison.Ordinal);
        Assert.Contains("<span>YouTube</span></a>", footer, StringComparison.Ordinal);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(footer, "<svg class=\"icon\"[^>]*aria-hidden=\"true\"").Count);
        Assert.Contains("<a href=\"tel:&#x2B;15550100100\">(555) 010-0100</a>", footer, StringComparison.Ordinal);
        Assert.DoesNotContain("+1-555-010-0100", footer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_site_without_a_brand_has_no_logo_call_to_action_or_social_links()
    {
        using var site = new SiteFixture();
        await site.BuildAsync();

        var html = Read(site, "index.html");
        Assert.Contains("<a class=\"site-title\" href=\"/\"><span>Test Stories</span></a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("brand-links", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"social\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"tel:&#x2B;15550100100\">(555) 010-0100</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tags_are_shown_by_their_name_and_keep_their_slug_in_urls()
    {
        using var site = Branded();
        site.Write("input/stories/tomas-gardens.md", SiteFixture.Story("st-2026-002", "Tomas Gardens Again", "2026-04-10", "oncology").Replace("tags: [recovery]", "tags: [recovery, heart-health]", StringComparison.Ordinal));
        await site.BuildAsync();

        var story = Read(site, "stories/tomas-gardens/index.html");
        Assert.Contains("<li><a href=\"/tags/recovery/\">Getting better</a></li>", story, StringComparison.Ordinal);
        Assert.Contains("<li><a href=\"/tags/heart-health/\">Heart health</a></li>", story, StringComparison.Ordinal);
        Assert.Contains("<h1>Tagged “Getting better”</h1>", Read(site, "tags/recovery/index.html"), StringComparison.Ordinal);
        Assert.Contains("<h1>Tagged “Heart health”</h1>", Read(site, "tags/heart-health/index.html"), StringComparison.Ordinal);
        Assert.Contains(">Getting better</a>", Read(site, "tags/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain(">recovery<", story, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_listing_with_nothing_in_it_says_so_and_links_onward()
    {
        using var site = Branded(SiteFixture.SiteYaml.Replace("  - { slug: oncology, name: Cancer Care, description: \"Cancer stories.\" }", "  - { slug: oncology, name: Cancer Care, description: \"Cancer stories.\" }\n  - { slug: maternity, name: Birth Care, description: \"Birth stories.\" }", StringComparison.Ordinal) + Brand);
        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var empty = Read(site, "services/maternity/index.html");
        Assert.DoesNotContain("<ul class=\"cards\">", empty, StringComparison.Ordinal);
        Assert.Contains("<div class=\"empty\">", empty, StringComparison.Ordinal);
        Assert.Contains("There is nothing here yet.", empty, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/stories/\">all our patient stories</a>", empty, StringComparison.Ordinal);
        Assert.DoesNotContain("<div class=\"empty\">", Read(site, "services/cardiology/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_alert_s_contact_phone_is_formatted_and_linked()
    {
        using var site = Branded();
        site.Write("input/alerts/parking.yml", """
            id: parking
            status: actual
            msg_type: alert
            category: health
            event: Parking closure
            severity: minor
            urgency: expected
            certainty: likely
            effective: 2026-11-20 08:00
            expires: 2026-12-20 08:00
            headline: The north garage is closed
            description: Use the south garage.
            updated: 2026-11-20 08:00
            contact: "Call +1-555-010-0100"
            locations: ["North garage"]
            """);
        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Contains("Call <a href=\"tel:+15550100100\">(555) 010-0100</a>", Read(site, "index.html"), StringComparison.Ordinal);
        Assert.Contains("<dd>Call <a href=\"tel:+15550100100\">(555) 010-0100</a></dd>", Read(site, "alerts/index.html"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("logo: /media/logo.svg", "logo: /media/missing.svg", "input/site.yml:18:9: error SG1045: the logo file '/media/missing.svg' does not exist; put the file at input/media/missing.svg or correct 'brand.logo'")]
    [InlineData("logo: /media/logo.svg", "logo: https://cdn.example/logo.svg", "input/site.yml:18:9: error SG1045: 'brand.logo' is the site path of a file in input/media/, such as /media/logo.svg; found 'https://cdn.example/logo.svg'")]
    [InlineData("logo: /media/logo.svg", "logo: /media/logo.txt", "input/site.yml:18:9: error SG1045: 'brand.logo' must be an image a browser shows (.svg, .png, .jpg, .jpeg, .webp); found '/media/logo.txt' (an SVG stays sharp at every size)")]
    [InlineData("url: \"https://www.test.example/\"", "url: \"http://www.test.example/\"", "input/site.yml:19:51: error SG1046: 'brand.main_site.url' must be the https address of the organization's main site, such as https://www.example.org/; found 'http://www.test.example/'")]
    [InlineData("url: \"https://www.test.example/appointments/\"", "url: \"javascript:alert(1)\"", "input/site.yml:20:54: error SG1046: 'brand.call_to_action.url' must be an https address (such as https://www.example.org/find-a-doctor/) or a site path starting with '/'; found 'javascript:alert(1)'")]
    [InlineData("network: youtube", "network: facebok", "input/site.yml:23:18: error SG1047: unknown social network 'facebok'; did you mean 'facebook'? (the theme has icons for facebook, instagram, linkedin, youtube, x)")]
    [InlineData("network: youtube", "network: facebook", "input/site.yml:23:18: error SG1047: 'facebook' is listed twice in 'brand.social'; keep one profile for each network")]
    [InlineData("url: \"https://www.youtube.com/@testhealth-example\"", "url: \"https://www.tracker.example/@testhealth\"", "input/site.yml:23:32: error SG1047: 'brand.social[1].url' must be the https address of the profile on YouTube (https://youtube.com/...); found 'https://www.tracker.example/@testhealth'")]
    [InlineData("slug: recovery, name", "slug: Recovery Stories, name", "input/site.yml:25:13: error SG1048: the tag 'Recovery Stories' must be written as front matter writes it: lower-case letters, digits and single hyphens, such as heart-health")]
    public async Task A_mistake_in_the_brand_is_reported_at_its_line(string good, string bad, string expected)
    {
        using var site = Branded(SiteFixture.SiteYaml + Brand.Replace(good, bad, StringComparison.Ordinal));
        var result = await site.BuildAsync();

        Assert.False(result.Succeeded);
        Assert.Equal([expected], result.Diagnostics.Select(d => d.ToString()));
    }

    [Theory]
    [InlineData("  own_phones: [\"+1-555-010-0100\"]", "  own_phones: [\"+1-555-010-0100\"]\n  phone_region: USA", "input/site.yml:12:17: error SG1049: 'organization.phone_region' must be a two-letter region code in capitals, such as US or CA; found 'USA'")]
    [InlineData("  phone: \"+1-555-010-0100\"", "  phone: \"call the front desk\"", "input/site.yml:9:10: error SG1049: 'organization.phone' cannot be read as a phone number of region US; write it with its country code, such as +1-555-010-0100; found 'call the front desk'")]
    public async Task A_phone_setting_that_cannot_be_used_is_reported_at_its_line(string good, string bad, string expected)
    {
        using var site = new SiteFixture();
        site.Write("input/site.yml", SiteFixture.SiteYaml.Replace(good, bad, StringComparison.Ordinal));
        var result = await site.BuildAsync();

        Assert.Equal([expected], result.Diagnostics.Select(d => d.ToString()));
    }
}
