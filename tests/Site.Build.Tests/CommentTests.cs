using Site.Testing;
using Xunit;

namespace Site.Build.Tests;

/// <summary>The comment and vote widget: configured in site.yml, keyed by the story id, never loaded before the reader asks.</summary>
public sealed class CommentTests
{
    private const string Guidelines = "---\ntitle: Community Guidelines\nsummary: How to post.\n---\n\nBe kind. Posts are public.\n";

    [Fact]
    public async Task A_story_gets_a_first_party_button_keyed_by_its_id_and_no_third_party_script()
    {
        using var site = new SiteFixture();
        site.Write("input/site.yml", SiteFixture.SiteYaml + "\ncomments: { provider: waline, server: \"https://comments.test.example\", totals_at_build: false }\n");
        site.Write("input/pages/community-guidelines.md", Guidelines);
        site.Write("input/stories/tomas-gardens.md", SiteFixture.Story("st-2026-002", "Tomas", "2026-04-10", "oncology").Replace("tags: [recovery]", "tags: [recovery]\ncomments: false", StringComparison.Ordinal));

        var result = await site.BuildAsync();

        Assert.Empty(result.Diagnostics);
        var html = File.ReadAllText(Path.Combine(site.Output, "stories", "maria-walks-again", "index.html"));
        Assert.Contains("data-provider=\"waline\" data-thread-id=\"st-2026-001\" data-server=\"https://comments.test.example\"", html, StringComparison.Ordinal);
        Assert.Contains("<button type=\"button\" class=\"button comments-button\" aria-controls=\"comments-widget\">Show comments and votes</button>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/community-guidelines/\">community guidelines</a>", html, StringComparison.Ordinal);
        Assert.Contains("<noscript>", html, StringComparison.Ordinal);
        Assert.Matches("<script type=\"module\" src=\"/assets/v-[0-9a-f]{10}/comments/loader.js\"></script>", html);
        Assert.DoesNotContain("vendor/waline", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"comments\"", File.ReadAllText(Path.Combine(site.Output, "stories", "tomas-gardens", "index.html")), StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(Path.Combine(site.Output, "assets"), "waline.js", SearchOption.AllDirectories), f => f.Replace('\\', '/').EndsWith("/vendor/waline/waline.js", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Waline_stories_get_upvote_and_downvote_buttons_hidden_until_the_script_runs()
    {
        using var site = new SiteFixture();
        site.Write("input/site.yml", SiteFixture.SiteYaml + "\ncomments: { provider: waline, server: \"https://comments.test.example\", totals_at_build: false }\n");
        site.Write("input/pages/community-guidelines.md", Guidelines);

        Assert.Empty((await site.BuildAsync()).Diagnostics);

        var html = File.ReadAllText(Path.Combine(site.Output, "stories", "maria-walks-again", "index.html"));
        Assert.Contains("<div class=\"vote-controls\" hidden>", html, StringComparison.Ordinal);
        Assert.Contains("<button type=\"button\" class=\"button vote-button\" data-vote=\"up\" aria-pressed=\"false\"><span aria-hidden=\"true\">▲</span> Upvote</button>", html, StringComparison.Ordinal);
        Assert.Contains("<button type=\"button\" class=\"button vote-button\" data-vote=\"down\" aria-pressed=\"false\"><span aria-hidden=\"true\">▼</span> Downvote</button>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"vote-notice\">Nothing is sent until you press a button", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"vote-status\" role=\"status\"></p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("aria-live", html, StringComparison.Ordinal);

        // Other widgets have their own votes: no first-party buttons.
        site.Write("input/site.yml", SiteFixture.SiteYaml + "\ncomments: { provider: hyvor, hyvor: { website_id: 1234 } }\n");
        await site.BuildAsync();
        var hyvor = File.ReadAllText(Path.Combine(site.Output, "stories", "maria-walks-again", "index.html"));
        Assert.DoesNotContain("vote-button", hyvor, StringComparison.Ordinal);
        Assert.DoesNotContain("vote-summary", hyvor, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(37, 3, 34, 40, 93, 7)]
    [InlineData(1, 0, 1, 1, 100, 0)]
    [InlineData(0, 1, -1, 1, 0, 100)]
    [InlineData(1, 2, -1, 3, 33, 67)]
    [InlineData(1, 1, 0, 2, 50, 50)]
    public void Vote_totals_give_points_total_and_both_percentages(int up, int down, int points, int total, int upPercent, int downPercent)
    {
        var votes = Site.Content.Pages.PagePlanner.VotesFor(new Site.Content.Comments.VoteTotals(up, down));

        Assert.Equal((points, total, (int?)upPercent, (int?)downPercent), (votes.Points, votes.Total, votes.UpvotePercent, votes.DownvotePercent));
    }

    [Fact]
    public void No_votes_have_no_percentages()
    {
        var votes = Site.Content.Pages.PagePlanner.VotesFor(new Site.Content.Comments.VoteTotals(0, 0));

        Assert.Equal((0, 0, (int?)null, (int?)null), (votes.Points, votes.Total, votes.UpvotePercent, votes.DownvotePercent));
    }

    [Fact]
    public async Task Comments_on_without_guidelines_is_an_error()
    {
        using var site = new SiteFixture();
        site.Write("input/site.yml", SiteFixture.SiteYaml + "\ncomments: { server: \"https://comments.test.example\", totals_at_build: false }\n");

        var result = await site.BuildAsync();

        Assert.Equal("SG2040", Assert.Single(result.Diagnostics).Code);
    }

    [Theory]
    [InlineData("comments: { provider: waline }", "input/site.yml:17:11: error SG2006: the Waline widget needs 'comments.server'")]
    [InlineData("comments: { provider: waline, server: \"ftp://x\" }", "input/site.yml:17:39: error SG2007: 'comments.server' must be an absolute http or https address")]
    [InlineData("comments: { provider: giscus }", "input/site.yml:17:11: error SG2006: the Giscus widget needs 'comments.giscus'")]
    [InlineData("comments: { provider: hyvor }", "input/site.yml:17:11: error SG2006: the Hyvor Talk widget needs 'comments.hyvor.website_id'")]
    [InlineData("comments: { provider: disqus }", "input/site.yml:17:23: error SG2005: 'comments.provider' must be one of waline, giscus, hyvor; found 'disqus'")]
    public async Task Widget_settings_are_checked(string yaml, string expected)
    {
        using var site = new SiteFixture();
        site.Write("input/site.yml", SiteFixture.SiteYaml + "\n" + yaml + "\n");

        var result = await site.BuildAsync();

        Assert.StartsWith(expected, Assert.Single(result.Diagnostics).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Giscus_and_hyvor_embed_their_options_but_load_nothing_up_front()
    {
        using var site = new SiteFixture();
        site.Write("input/pages/community-guidelines.md", Guidelines);
        site.Write("input/site.yml", SiteFixture.SiteYaml + "\ncomments: { provider: giscus, giscus: { repo: org/stories, repo_id: R_1, category: Comments, category_id: DIC_1 } }\n");
        await site.BuildAsync();
        var giscus = File.ReadAllText(Path.Combine(site.Output, "stories", "maria-walks-again", "index.html"));

        site.Write("input/site.yml", SiteFixture.SiteYaml + "\ncomments: { provider: hyvor, hyvor: { website_id: 1234 } }\n");
        await site.BuildAsync();
        var hyvor = File.ReadAllText(Path.Combine(site.Output, "stories", "maria-walks-again", "index.html"));

        Assert.Contains("data-provider=\"giscus\" data-thread-id=\"st-2026-001\" data-repo=\"org/stories\" data-repo-id=\"R_1\" data-category=\"Comments\" data-category-id=\"DIC_1\"", giscus, StringComparison.Ordinal);
        Assert.Contains("data-provider=\"hyvor\" data-thread-id=\"st-2026-001\" data-website-id=\"1234\"", hyvor, StringComparison.Ordinal);
        Assert.DoesNotContain("https://giscus.app", giscus, StringComparison.Ordinal);
        Assert.DoesNotContain("https://talk.hyvor.com", hyvor, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Vote_totals_are_fetched_at_build_time_and_shown_without_a_request()
    {
        using var site = new SiteFixture();
        site.Write("input/site.yml", SiteFixture.SiteYaml + "\ncomments: { server: \"https://comments.test.example\" }\n");
        site.Write("input/pages/community-guidelines.md", Guidelines);
        var server = new FakeWalineServer("""{"errno":0,"errmsg":"","data":[{"reaction0":37,"reaction1":3},{"reaction0":0,"reaction1":0}]}""");

        var result = await site.BuildAsync(new BuildOptions { CommentServerHandler = server });

        Assert.Empty(result.Diagnostics);
        var request = Assert.Single(server.Requests);
        Assert.Equal("https://comments.test.example/api/article?path=st-2026-001,st-2026-002&type=reaction0,reaction1", request.Url);
        Assert.Equal("https://stories.test.example/", request.Referrer);
        var maria = File.ReadAllText(Path.Combine(site.Output, "stories", "maria-walks-again", "index.html"));
        Assert.Contains("<div class=\"vote-summary\" data-up=\"37\" data-down=\"3\"><dl class=\"vote-totals\"><div><dt>Points</dt><dd>34</dd></div><div><dt>Total votes</dt><dd>40</dd></div><div><dt>Upvotes</dt><dd>37 (93%)</dd></div><div><dt>Downvotes</dt><dd>3 (7%)</dd></div></dl></div>", maria, StringComparison.Ordinal);
        Assert.Contains("<div class=\"vote-summary\" data-up=\"0\" data-down=\"0\"><p class=\"vote-none\">No votes yet</p></div>", File.ReadAllText(Path.Combine(site.Output, "stories", "tomas-gardens", "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_comment_server_is_a_warning_not_a_failure()
    {
        using var site = new SiteFixture();
        site.Write("input/site.yml", SiteFixture.SiteYaml + "\ncomments: { server: \"https://comments.test.example\" }\n");
        site.Write("input/pages/community-guidelines.md", Guidelines);

        var result = await site.BuildAsync(new BuildOptions { CommentServerHandler = new FakeWalineServer(null) });

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(("SG5040", false), (warning.Code, warning.IsError));
        Assert.True(result.Succeeded);
        var html = File.ReadAllText(Path.Combine(site.Output, "stories", "maria-walks-again", "index.html"));
        Assert.DoesNotContain("data-up=", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"vote-summary\"><p class=\"vote-none\">Vote totals appear here once you vote.</p></div>", html, StringComparison.Ordinal);
    }

    /// <summary>Answers like Waline's /api/article, or refuses the connection when given no body.</summary>
    private sealed class FakeWalineServer(string? body) : HttpMessageHandler
    {
        public List<(string Url, string? Referrer)> Requests { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add((request.RequestUri!.ToString(), request.Headers.Referrer?.ToString()));
            return body is null
                ? throw new HttpRequestException("Connection refused (comments.test.example:443)")
                : Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new StringContent(body) });
        }
    }
}
