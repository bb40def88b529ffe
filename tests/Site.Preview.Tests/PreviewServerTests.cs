using System.Net;
using System.Text.Json;
using Site.Build;
using Site.Testing;
using Xunit;

namespace Site.Preview.Tests;

/// <summary>The preview's session and server in one process, on a copy of the demo site: what is served, and what a failed build does.</summary>
public sealed class PreviewServerTests : IAsyncLifetime
{
    private readonly TempDirectory temp = new();
    private PreviewBuilds builds = null!;
    private PreviewSession session = null!;
    private PreviewServer server = null!;
    private HttpClient http = null!;

    public async ValueTask InitializeAsync()
    {
        temp.CopyIn(Repository.PathTo("input"), "input");
        temp.CopyIn(Repository.PathTo("theme"), "theme");

        builds = new PreviewBuilds(new BuildOptions { WorkingDirectory = temp.Path, Today = new DateOnly(2026, 11, 25), IncludeDrafts = true }, FixedClock.On(2026, 11, 25));
        session = new PreviewSession(
            async (changed, everything, token) =>
            {
                var result = await builds.RebuildAsync(changed, everything, token);
                return new PreviewBuild(result.Succeeded, result.Published, result.Diagnostics);
            },
            builds.InputRoot,
            builds.ThemeRoot);
        var first = await session.RebuildAsync([], everything: true, TestContext.Current.CancellationToken);
        Assert.True(first.Succeeded, string.Join('\n', first.Diagnostics));
        server = PreviewServer.TryStart(session, ErrorCatalog.Default.Fix, FreePort(), out var problem) ?? throw new InvalidOperationException(problem);
        http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(server.Origin) };
    }

    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        await server.DisposeAsync();
        temp.Dispose();
    }

    [Fact]
    public async Task Pages_come_from_memory_with_the_live_script_and_nothing_is_written()
    {
        var page = await http.GetAsync("/stories/maria-walks-again/", TestContext.Current.CancellationToken);
        var html = await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var css = await http.GetStringAsync(PreviewBuilds.AssetsPath + "/css/site.css", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("no-store", page.Headers.CacheControl?.ToString());
        Assert.Contains("<script src=\"/__preview/live.js\"></script>\n</body>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("__preview", css, StringComparison.Ordinal);
        Assert.StartsWith("http://127.0.0.1:", server.Origin, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.Combine("output")));
    }

    [Fact]
    public async Task A_folder_without_its_slash_is_redirected_and_a_missing_page_is_the_404_page()
    {
        var folder = await http.GetAsync("/stories/maria-walks-again", TestContext.Current.CancellationToken);
        var missing = await http.GetAsync("/stories/not-written-yet/", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MovedPermanently, folder.StatusCode);
        Assert.Equal("/stories/maria-walks-again/", folder.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("data-missing", await missing.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_edit_changes_its_page_only_and_a_broken_file_keeps_the_last_good_site_with_its_errors()
    {
        var path = temp.Combine("input", "stories", "maria-walks-again.md");
        var text = await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(path, text.Replace("Every school morning", "Every single school morning", StringComparison.Ordinal), TestContext.Current.CancellationToken);
        var edited = await session.RebuildAsync([path], cancellationToken: TestContext.Current.CancellationToken);

        var broken = text.Replace("title:", "titel:", StringComparison.Ordinal);
        await File.WriteAllTextAsync(path, broken, TestContext.Current.CancellationToken);
        var failed = await session.RebuildAsync([path], cancellationToken: TestContext.Current.CancellationToken);
        var served = await http.GetStringAsync("/stories/maria-walks-again/", TestContext.Current.CancellationToken);
        using var status = JsonDocument.Parse(await http.GetStringAsync(PreviewServer.StatusPath, TestContext.Current.CancellationToken));

        Assert.True(edited.Succeeded);
        Assert.Equal(["/stories/maria-walks-again/"], edited.ChangedUrls);
        Assert.False(failed.Succeeded);
        Assert.Contains("Every single school morning", served, StringComparison.Ordinal);
        var error = status.RootElement.EnumerateArray().First(e => e.GetProperty("code").GetString() == "SG2004");
        Assert.Equal("input/stories/maria-walks-again.md", error.GetProperty("file").GetString());
        Assert.Equal(3, error.GetProperty("line").GetInt32());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("fix").GetString()));
        Assert.Equal(broken, await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("Call her at 555-201-7788 any time.", "SG5030")]
    [InlineData("Read [more](/stories/no-such-story/).", "SG3001")]
    public async Task A_phi_hit_or_a_broken_link_is_shown_with_its_line_and_what_to_do(string sentence, string code)
    {
        var path = temp.Combine("input", "stories", "maria-walks-again.md");
        var text = await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(path, text.TrimEnd() + "\n\n" + sentence + "\n", TestContext.Current.CancellationToken);

        var failed = await session.RebuildAsync([path], cancellationToken: TestContext.Current.CancellationToken);
        using var status = JsonDocument.Parse(await http.GetStringAsync(PreviewServer.StatusPath, TestContext.Current.CancellationToken));

        Assert.False(failed.Succeeded);
        var error = Assert.Single(status.RootElement.EnumerateArray(), e => e.GetProperty("code").GetString() == code);
        Assert.Equal("input/stories/maria-walks-again.md", error.GetProperty("file").GetString());
        Assert.Equal(text.TrimEnd().Split('\n').Length + 2, error.GetProperty("line").GetInt32());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("fix").GetString()));
    }

    [Fact]
    public async Task A_stylesheet_edit_changes_no_page()
    {
        var css = temp.Combine("theme", "assets", "css", "site.css");
        await File.AppendAllTextAsync(css, "\n.test-marker { color: #000; }\n", TestContext.Current.CancellationToken);

        var update = await session.RebuildAsync([css], cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(update.Succeeded);
        Assert.True(update.StylesOnly);
        Assert.Equal([PreviewBuilds.AssetsPath + "/css/site.css"], update.ChangedUrls);
        Assert.Contains(".test-marker", await http.GetStringAsync(PreviewBuilds.AssetsPath + "/css/site.css", TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deleted_story_disappears_and_a_changed_site_yml_rebuilds_everything()
    {
        var story = temp.Combine("input", "stories", "priya-finds-her-way-back.md");
        File.Delete(story);
        var deleted = await session.RebuildAsync([story], cancellationToken: TestContext.Current.CancellationToken);
        var gone = await http.GetAsync("/stories/priya-finds-her-way-back/", TestContext.Current.CancellationToken);

        var settings = temp.Combine("input", "site.yml");
        await File.WriteAllTextAsync(settings, (await File.ReadAllTextAsync(settings, TestContext.Current.CancellationToken)).Replace("title: ", "title: Renamed ", StringComparison.Ordinal), TestContext.Current.CancellationToken);
        builds.Session.Memo.ResetCounters();
        var renamed = await session.RebuildAsync([settings], cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(deleted.Succeeded, string.Join('\n', deleted.Diagnostics));
        Assert.Contains("/stories/priya-finds-her-way-back/", deleted.ChangedUrls);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.True(renamed.Succeeded, string.Join('\n', renamed.Diagnostics));
        Assert.Equal(0, builds.Session.Memo.Hits);
        Assert.All(session.Current!.Paths.Where(p => p.EndsWith(".html", StringComparison.Ordinal)), p => Assert.Contains(PreviewSite.UrlOf(p), renamed.ChangedUrls));
    }

    [Fact]
    public void A_port_in_use_is_refused_with_a_reason()
    {
        var port = new Uri(server.Origin).Port;

        var second = PreviewServer.TryStart(session, ErrorCatalog.Default.Fix, port, out var problem);

        Assert.Null(second);
        Assert.Contains($"port {port} on 127.0.0.1 is in use", problem, StringComparison.Ordinal);
    }

    private static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
