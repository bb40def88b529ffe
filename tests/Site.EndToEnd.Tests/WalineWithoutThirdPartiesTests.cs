using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace Site.EndToEnd.Tests;

/// <summary>
/// The Waline server started with exactly the production settings of docs/COMMENTS.md, under
/// <c>strace -f -e trace=connect</c>: a page view's requests, the comment list, a post, votes up and down and the
/// admin page, and not one connect() to anything but loopback or a unix socket.
/// </summary>
public sealed class WalineWithoutThirdPartiesTests
{
    [Fact]
    public void The_documented_settings_turn_off_every_third_party_and_the_tests_use_them_as_written()
    {
        var production = WalineSettings.Production();
        var settings = production.ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal);

        Assert.Equal(production.Count, settings.Count);
        Assert.Equal("PATH", production[0].Key);
        Assert.Equal("http://127.0.0.1:8360/oauth-none", settings["OAUTH_URL"]);
        Assert.Equal("8360", settings["WALINE_PORT"]);
        Assert.Equal("127.0.0.1", settings["WALINE_HOST"]);
        Assert.Equal("false", settings["AKISMET_KEY"]);
        Assert.Equal("false", settings["AVATAR_PROXY"]);
        Assert.StartsWith("data:image/", settings["GRAVATAR_STR"], StringComparison.Ordinal);
        Assert.Equal(("true", "true", "true"), (settings["DISABLE_USERAGENT"], settings["DISABLE_REGION"], settings["COMMENT_AUDIT"]));
        Assert.Equal("30", settings["IPQPS"]);
        Assert.DoesNotContain("unpkg", settings["WALINE_ADMIN_MODULE_ASSET_URL"], StringComparison.Ordinal);
        foreach (var sender in new[] { "WEBHOOK", "SMTP_HOST", "SMTP_SERVICE", "SC_KEY", "QMSG_KEY", "TG_BOT_TOKEN", "PUSH_PLUS_KEY", "DISCORD_WEBHOOK", "LARK_WEBHOOK", "QYWX_AM", "RECAPTCHA_V3_SECRET", "TURNSTILE_SECRET", "GITHUB_TOKEN", "LEAN_KEY" })
        {
            Assert.False(settings.ContainsKey(sender), sender);
        }

        // The test's server gets every documented setting unchanged but the local ones, and nothing else.
        var test = WalineSettings.ForTest(production, "http://127.0.0.1:1111", "http://127.0.0.1:2222", 3333, 4444).ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal);
        Assert.Equal(settings.Keys.Order(StringComparer.Ordinal), test.Keys.Order(StringComparer.Ordinal));
        Assert.All(settings.Where(s => !WalineSettings.Local.Contains(s.Key)), s => Assert.Equal(s.Value, test[s.Key]));
        Assert.Equal("http://127.0.0.1:4444/oauth-none", test["OAUTH_URL"]);

        // The block is a command that starts with an empty environment and runs the launcher.
        var doc = File.ReadAllText(WalineSettings.DocumentPath);
        Assert.Contains("```sh\nenv -i PATH=", doc, StringComparison.Ordinal);
        Assert.Contains("  node server.cjs\n```\n<!-- /waline-production-settings -->", doc, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_loopback_and_local_sockets_count_as_not_outbound()
    {
        string[] log =
        [
            "101 connect(21, {sa_family=AF_INET, sin_port=htons(5432), sin_addr=inet_addr(\"127.0.0.1\")}, 16) = 0",
            "101 connect(22, {sa_family=AF_INET6, sin6_port=htons(8360), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, \"::1\", &sin6_addr), sin6_scope_id=0}, 28) = 0",
            "101 connect(23, {sa_family=AF_UNIX, sun_path=\"/var/run/nscd/socket\"}, 110) = -1 ENOENT",
            "101 connect(24, {sa_family=AF_UNSPEC, sa_data=\"\\0\\0\\0\\0\"}, 16) = 0",
            "102 connect(25, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr(\"104.21.1.1\")}, 16) = -1 EINPROGRESS",
            "102 connect(26, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr(\"10.0.0.2\")}, 16) = 0",
            "102 connect(27, {sa_family=AF_INET6, sin6_port=htons(443), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, \"2606:4700::1\", &sin6_addr), sin6_scope_id=0}, 28) = -1 ENETUNREACH",
        ];

        var outbound = WalineSettings.Outbound(log);

        Assert.Equal(["25", "26", "27"], outbound.Select(l => l.Split('(', ',')[1]));
    }

    [Fact]
    public async Task The_server_with_the_production_settings_connects_to_nothing_but_loopback()
    {
        Requirements.Waline();
        if (!File.Exists("/usr/bin/strace"))
        {
            const string reason = "strace is not installed (.ci/run installs it)";
            Assert.True(!Requirements.Required, reason);
            Assert.Skip(reason);
        }

        const string site = "http://127.0.0.1:9";
        await using var waline = await WalineServer.StartAsync(site);
        Assert.True(waline.Traced);
        using var client = new HttpClient { BaseAddress = new Uri(waline.Origin), Timeout = TimeSpan.FromSeconds(20) };
        client.DefaultRequestHeaders.Referrer = new Uri(site + "/stories/maria-walks-again/");

        // What a story page asks for: its totals, its comments, a post, votes, and a moderator's admin page.
        var totals = await Json(client.GetAsync("/api/article?path=st-2026-001&type=reaction0,reaction1&lang=en", TestContext.Current.CancellationToken));
        Assert.Equal(0, totals.GetProperty("errno").GetInt32());
        var list = await Json(client.GetAsync("/api/comment?path=st-2026-001&pageSize=10&page=1&lang=en&sortBy=insertedAt_desc", TestContext.Current.CancellationToken));
        Assert.Equal(0, list.GetProperty("errno").GetInt32());
        var posted = await Json(client.PostAsJsonAsync("/api/comment?lang=en", new { comment = "Thank you for sharing.", nick = "A reader", url = "st-2026-001", ua = "Mozilla/5.0 (X11; Linux x86_64) Chrome/130" }, TestContext.Current.CancellationToken));
        Assert.Equal("waiting", posted.GetProperty("data").GetProperty("status").GetString());
        var tooFast = await Json(client.PostAsJsonAsync("/api/comment?lang=en", new { comment = "And once more.", nick = "A reader", url = "st-2026-001" }, TestContext.Current.CancellationToken));
        Assert.Equal("Comment too fast!", tooFast.GetProperty("errmsg").GetString());
        var up = await Json(client.PostAsJsonAsync("/api/article?lang=en", new { path = "st-2026-001", type = "reaction0", action = "inc" }, TestContext.Current.CancellationToken));
        Assert.Equal(1, up.GetProperty("data")[0].GetProperty("reaction0").GetInt32());
        var back = await Json(client.PostAsJsonAsync("/api/article?lang=en", new { path = "st-2026-001", type = "reaction0", action = "desc" }, TestContext.Current.CancellationToken));
        Assert.Equal(0, back.GetProperty("data")[0].GetProperty("reaction0").GetInt32());
        await Json(client.PostAsJsonAsync("/api/article?lang=en", new { path = "st-2026-001", type = "reaction1", action = "inc" }, TestContext.Current.CancellationToken));
        using (var admin = await client.GetAsync("/ui", TestContext.Current.CancellationToken))
        {
            Assert.DoesNotContain("unpkg.com", await admin.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }

        using (var root = await client.GetAsync("/", TestContext.Current.CancellationToken))
        {
            Assert.Equal(System.Net.HttpStatusCode.NotFound, root.StatusCode);
        }

        await waline.StopWalineAsync();
        var outbound = waline.OutboundConnections();
        Assert.True(outbound.Count == 0, "outbound connections:\n" + string.Join('\n', outbound));

        // strace saw the server's own loopback connections (PostgreSQL, and OAUTH_URL on every request), so it was watching.
        var log = await File.ReadAllLinesAsync(waline.ConnectLog!, TestContext.Current.CancellationToken);
        Assert.Contains(log, line => line.Contains("connect(", StringComparison.Ordinal) && line.Contains("127.0.0.1", StringComparison.Ordinal));
    }

    private static async Task<JsonElement> Json(Task<HttpResponseMessage> request)
    {
        using var response = await request;
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
