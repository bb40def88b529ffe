using System.Diagnostics;
using System.Globalization;
using System.Text;
using Site.Content.Model;
using Site.Engine.Diagnostics;
using Site.Testing;
using Xunit;

namespace Site.Build.Tests;

/// <summary>
/// The build cache (README, "Build cache"). An unchanged output file is not written again: the new output holds a hard
/// link to it, so it keeps its inode and its modification time, and a failed build leaves the output as it was. A
/// build with nothing changed replays the cached result and leaves the output untouched. Over a sequence of edits
/// (a story edited, added and removed, site.yml and a theme file changed, an alert and an event starting by the clock,
/// a day later with a story's authorization ended), each build with the cache gives, file for file and byte for
/// byte, the site and the result of a cold build of the same inputs into an empty folder. A damaged or foreign
/// manifest is a cold build with the reason (SG1026); without a cache a build is as before.
/// </summary>
public sealed class BuildCacheTests
{
    private const string Cache = ".site-cache/build";

    // The fixture's site is in America/Chicago: 12:00 UTC is 06:00 there.
    private static readonly DateOnly Today = new(2026, 11, 25);
    private static readonly DateTimeOffset Morning = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task An_unchanged_page_keeps_its_inode_and_time_and_an_edited_story_page_is_written_again()
    {
        using var site = new SiteFixture();
        Assert.True((await Build(site, site.Output, cache: null)).Succeeded);
        var first = Files(site.Output);

        site.Write("input/stories/maria-walks-again.md", SiteFixture.Story("st-2026-001", "Maria Walks Again", "2026-03-10", "cardiology", "## Home Again\n\nAn edited story.\n"));
        Assert.True((await Build(site, site.Output, cache: null)).Succeeded);
        var second = Files(site.Output);

        Assert.Equal(first["about/index.html"], second["about/index.html"]);
        Assert.Equal(first["tags/recovery/index.html"].Inode, second["tags/recovery/index.html"].Inode);
        var page = "stories/maria-walks-again/index.html";
        Assert.NotEqual(first[page].Inode, second[page].Inode);
        Assert.Contains("An edited story.", File.ReadAllText(Path.Combine(site.Output, page)), StringComparison.Ordinal);
        Assert.True(second.Values.Count(f => first.Values.Contains(f)) > second.Count / 2, "most files are kept as they were");

        using var cold = new TempDirectory();
        Assert.True((await Build(site, cold.Combine("output"), cache: null)).Succeeded);
        AssertSameSite(cold.Combine("output"), site.Output);
    }

    [Fact]
    public async Task A_build_that_fails_after_a_good_one_leaves_the_output_file_for_file_as_it_was()
    {
        using var site = new SiteFixture();
        Assert.True((await Build(site, site.Output, Cache)).Succeeded);
        var files = Files(site.Output);
        var bytes = Snapshot(site.Output);
        var manifest = File.ReadAllBytes(Path.Combine(site.Root, Cache, "manifest.json"));

        site.Write("input/stories/tomas-gardens.md", "---\ntitle: [\n---\n");
        var failed = await Build(site, site.Output, Cache);

        Assert.False(failed.Succeeded);
        Assert.Equal(files, Files(site.Output));
        Assert.Equal(bytes.Keys, Snapshot(site.Output).Keys);
        Assert.Equal(manifest, File.ReadAllBytes(Path.Combine(site.Root, Cache, "manifest.json")));
        Assert.Empty(Directory.GetDirectories(site.Root, "output.staging-*"));
    }

    [Fact]
    public async Task A_rebuild_with_nothing_changed_replays_the_result_prints_it_again_and_writes_nothing()
    {
        using var site = new SiteFixture();
        site.Write("input/stories/later.md", SiteFixture.Story("st-2026-005", "Jo Walks Later", "2026-12-05", "cardiology"));
        site.Write("input/stories/draft.md", SiteFixture.Story("st-2026-006", "Ed Drafts", "2026-05-05", "cardiology").Replace("tags: [recovery]", "tags: [recovery]\ndraft: true", StringComparison.Ordinal));
        var (exit, cold) = await RunCli(site, "first.json");
        Assert.True(exit == 0, cold);
        Assert.DoesNotContain("SG1026", cold, StringComparison.Ordinal);
        var files = Files(site.Output);
        var folder = Inode(site.Output);

        var (again, replayed) = await RunCli(site, "second.json");

        Assert.Equal(0, again);
        Assert.Matches(@"(?m)^site build: nothing changed since the cached build \(\S+/\.site-cache/build/\): its result is shown above, and \S+/output/ was left as it was$", Display(replayed));
        Assert.Equal(files, Files(site.Output));
        Assert.Equal(folder, Inode(site.Output));
        Assert.Empty(Directory.GetDirectories(site.Root, "output.staging-*"));
        Assert.Equal(Printed(cold), Printed(replayed));
        Assert.Contains("left out:", Printed(replayed), StringComparison.Ordinal);
        Assert.Equal(Report(site, "first.json"), Report(site, "second.json"));
    }

    [Fact]
    public async Task Each_build_of_a_sequence_of_edits_gives_the_site_and_result_of_a_cold_build()
    {
        using var site = new SiteFixture();
        site.Write("input/stories/ends-today.md", SiteFixture.Story("st-2026-003", "Ana Sings Again", "2026-05-10", "cardiology").Replace("expires: 2028-01-01", "expires: 2026-11-25", StringComparison.Ordinal));
        site.Write("input/events/screening.md", Event);
        site.Write("input/alerts/closed.yml", AlertStartingAt("2026-11-25 08:00"));

        await Step(site, "first build", Today, Morning, replayed: false);
        await Step(site, "nothing changed", Today, Morning.AddMinutes(30), replayed: true);

        site.Write("input/stories/maria-walks-again.md", SiteFixture.Story("st-2026-001", "Maria Walks Again", "2026-03-10", "cardiology", "## Home Again\n\nAn edited story.\n"));
        await Step(site, "a story edited", Today, Morning, replayed: false);

        site.Write("input/stories/lena-runs.md", SiteFixture.Story("st-2026-004", "Lena Runs Again", "2026-06-10", "oncology"));
        await Step(site, "a story added", Today, Morning, replayed: false);

        File.Delete(Path.Combine(site.Root, "input/stories/tomas-gardens.md"));
        await Step(site, "a story removed", Today, Morning, replayed: false);

        site.Write("input/site.yml", SiteFixture.SiteYaml.Replace("title: Test Stories", "title: Riverside Test Stories", StringComparison.Ordinal));
        await Step(site, "site.yml changed", Today, Morning, replayed: false);

        var css = Path.Combine(site.Root, "theme", "assets", "css", "site.css");
        File.AppendAllText(css, "\n.cache-test { color: #000; }\n");
        await Step(site, "a theme file changed", Today, Morning, replayed: false);
        await Step(site, "nothing changed again", Today, Morning, replayed: true);

        // 08:00 in Chicago is 14:00 UTC: the alert starts between these two builds, by the clock alone.
        var alert = await Step(site, "an alert in effect", Today, Morning.AddHours(2.5), replayed: false);
        Assert.Contains("alerts in effect", alert.CacheNote!.Message, StringComparison.Ordinal);
        Assert.Contains("The Riverside clinic is closed today", File.ReadAllText(Path.Combine(site.Output, "index.html")), StringComparison.Ordinal);

        // The event starts at 09:00 (15:00 UTC): no file changed, but its page and the listings do.
        var started = await Step(site, "an event under way", Today, Morning.AddHours(3.5), replayed: false);
        Assert.Contains("an event has started or ended", started.CacheNote!.Message, StringComparison.Ordinal);

        // A day later the story whose authorization ended yesterday is withdrawn.
        var later = await Step(site, "a day later", Today.AddDays(1), Morning.AddDays(1), replayed: false);
        Assert.Contains(later.Withdrawals, w => w.Url == "/stories/ends-today/");
        Assert.False(Directory.Exists(Path.Combine(site.Output, "stories", "ends-today")));
        await Step(site, "a day later, nothing changed", Today.AddDays(1), Morning.AddDays(1), replayed: true);
    }

    [Theory]
    [InlineData("truncated", "checksum does not match")]
    [InlineData("a byte changed", "checksum does not match")]
    [InlineData("another version", "version 0 of the cache's format")]
    [InlineData("not a manifest", "does not start with the cache's header line")]
    [InlineData("empty", "does not start with the cache's header line")]
    public async Task A_damaged_manifest_or_one_of_another_version_is_a_cold_build_with_the_reason_and_the_right_site(string damage, string reason)
    {
        using var site = new SiteFixture();
        Assert.True((await Build(site, site.Output, Cache)).Succeeded);
        var manifest = Path.Combine(site.Root, Cache, "manifest.json");
        var bytes = File.ReadAllBytes(manifest);
        var line = Encoding.UTF8.GetString(bytes).Split('\n')[0];
        File.WriteAllBytes(manifest, damage switch
        {
            "truncated" => bytes[..(bytes.Length - 10)],
            "a byte changed" => [.. bytes[..^2], (byte)(bytes[^2] ^ 1), bytes[^1]],
            "another version" => [.. Encoding.UTF8.GetBytes(line.Replace("site-build-cache 1", "site-build-cache 0", StringComparison.Ordinal) + "\n"), .. bytes[(line.Length + 1)..]],
            "not a manifest" => Encoding.UTF8.GetBytes("{\"key\": 1}"),
            _ => [],
        });

        var result = await Build(site, site.Output, Cache);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Null(result.ReplayedFrom);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.BuildCacheNotUsed);
        var info = result.CacheNote!;
        Assert.Equal((DiagnosticCodes.BuildCacheNotUsed, Severity.Info), (info.Code, info.Severity));
        Assert.Contains(reason, info.Message, StringComparison.Ordinal);
        using var cold = new TempDirectory();
        Assert.True((await Build(site, cold.Combine("output"), cache: null)).Succeeded);
        AssertSameSite(cold.Combine("output"), site.Output);

        // The cold build wrote a good manifest again.
        Assert.NotNull((await Build(site, site.Output, Cache)).ReplayedFrom);
    }

    [Fact]
    public async Task An_output_file_changed_or_deleted_by_hand_is_a_cold_build_that_puts_it_back()
    {
        using var site = new SiteFixture();
        Assert.True((await Build(site, site.Output, Cache)).Succeeded);
        var about = Path.Combine(site.Output, "about", "index.html");
        var text = File.ReadAllText(about);
        File.Delete(about);

        var result = await Build(site, site.Output, Cache);

        Assert.Null(result.ReplayedFrom);
        Assert.Contains("about/index.html is missing", result.CacheNote!.Message, StringComparison.Ordinal);
        Assert.Equal(text, File.ReadAllText(about));
    }

    [Fact]
    public async Task A_build_that_fetches_vote_totals_is_never_skipped_and_shows_the_new_totals()
    {
        using var site = new SiteFixture();
        site.Write("input/site.yml", SiteFixture.SiteYaml + "\ncomments: { server: \"https://comments.test.example\" }\n");
        site.Write("input/pages/community-guidelines.md", "---\ntitle: Community Guidelines\nsummary: How to post.\n---\n\nBe kind. Posts are public.\n");
        var votes = new Votes { Up = 37 };
        Assert.True((await Build(site, site.Output, Cache, handler: votes)).Succeeded);
        var about = Files(site.Output)["about/index.html"];
        votes.Up = 40;

        var second = await Build(site, site.Output, Cache, handler: votes);

        Assert.Null(second.ReplayedFrom);
        Assert.Contains("vote totals are fetched from the comment server on every build", second.CacheNote!.Message, StringComparison.Ordinal);
        Assert.Contains("data-up=\"40\"", File.ReadAllText(Path.Combine(site.Output, "stories", "maria-walks-again", "index.html")), StringComparison.Ordinal);
        Assert.Equal(about, Files(site.Output)["about/index.html"]);
    }

    [Fact]
    public async Task A_rebuild_after_an_edit_parses_again_only_the_pages_whose_text_changed()
    {
        using var site = new SiteFixture();
        var first = await Build(site, site.Output, Cache);
        Assert.True(first.Succeeded);
        Assert.Equal(0, first.PageScans);
        Assert.True(File.Exists(Path.Combine(site.Root, Cache, "page-scans.bin")));

        site.Write("input/stories/maria-walks-again.md", SiteFixture.Story("st-2026-001", "Maria Walks Again", "2026-03-10", "cardiology", "## Home Again\n\nAn edited story, [with a link](/about/).\n"));
        var second = await Build(site, site.Output, Cache);

        Assert.True(second.Succeeded);
        Assert.Null(second.ReplayedFrom);
        Assert.InRange(second.PageScans, 1, second.PagesWritten - 1);
        using var cold = new TempDirectory();
        var fresh = await Build(site, cold.Combine("output"), cache: null);
        AssertSameSite(cold.Combine("output"), site.Output);
        Assert.Equal(fresh.Diagnostics, second.Diagnostics);
    }

    [Fact]
    public async Task A_broken_link_on_an_unchanged_page_is_still_reported_after_its_target_goes()
    {
        using var site = new SiteFixture();
        site.Write("input/pages/contact.md", "---\ntitle: Contact\nsummary: Where to find us.\n---\n\nSee [our guidelines](/guidelines/).\n");
        site.Write("input/pages/guidelines.md", "---\ntitle: Guidelines\nsummary: How to post.\n---\n\nBe kind.\n");
        Assert.True((await Build(site, site.Output, Cache)).Succeeded);

        File.Delete(Path.Combine(site.Root, "input", "pages", "guidelines.md"));
        var second = await Build(site, site.Output, Cache);

        Assert.False(second.Succeeded);
        Assert.True(second.PageScans > 0);
        Assert.Contains(second.Diagnostics, d => d.IsError && d.Location.Path == "input/pages/contact.md" && d.Message.Contains("/guidelines/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_damaged_file_of_page_checks_is_not_used_and_the_build_says_so()
    {
        using var site = new SiteFixture();
        Assert.True((await Build(site, site.Output, Cache)).Succeeded);
        var file = Path.Combine(site.Root, Cache, "page-scans.bin");
        var bytes = File.ReadAllBytes(file);
        bytes[bytes.Length / 2] ^= 0x5A;
        File.WriteAllBytes(file, bytes);
        site.Write("input/stories/maria-walks-again.md", SiteFixture.Story("st-2026-001", "Maria Walks Again", "2026-03-10", "cardiology", "## Home Again\n\nEdited.\n"));

        var second = await Build(site, site.Output, Cache);

        Assert.True(second.Succeeded);
        Assert.Equal(0, second.PageScans);
        Assert.Contains("page-scans.bin were not used: it is damaged", second.CacheNote!.Message, StringComparison.Ordinal);
        using var cold = new TempDirectory();
        Assert.True((await Build(site, cold.Combine("output"), cache: null)).Succeeded);
        AssertSameSite(cold.Combine("output"), site.Output);

        site.Write("input/stories/maria-walks-again.md", SiteFixture.Story("st-2026-001", "Maria Walks Again", "2026-03-10", "cardiology", "## Home Again\n\nEdited again.\n"));
        Assert.True((await Build(site, site.Output, Cache)).PageScans > 0);
    }

    [Fact]
    public async Task Without_a_build_cache_a_build_is_as_before()
    {
        using var site = new SiteFixture();
        var first = await Build(site, site.Output, cache: null);
        var second = await Build(site, site.Output, cache: null);

        Assert.True(second.Succeeded);
        Assert.Null(second.ReplayedFrom);
        Assert.Null(second.CacheNote);
        Assert.Equal(first.Diagnostics, second.Diagnostics);
        Assert.Equal(first.Written, second.Written);
        Assert.False(Directory.Exists(Path.Combine(site.Root, ".site-cache")));
    }

    private const string Event = """
        ---
        id: ev-2026-050
        title: "Morning Screening"
        summary: "Free blood pressure checks."
        date: 2026-11-01
        start: 2026-11-25 09:00
        end: 2026-11-25 11:00
        location:
          name: "Community Room"
          address: "1400 Riverbend Avenue, Riverside, IL 62704"
        service_lines: [cardiology]
        tags: [prevention]
        ---

        Come and know your numbers.
        """;

    private static string AlertStartingAt(string effective) => $"""
        id: clinic-closed
        status: actual
        msg_type: alert
        category: health
        event: Clinic closure
        severity: severe
        urgency: immediate
        certainty: observed
        effective: {effective}
        expires: 2026-11-25 18:00
        headline: "The Riverside clinic is closed today"
        description: "A water main broke near the building."
        instruction: "Go to the North Hills Campus for care today."
        contact: "Call +1-555-010-0100"
        updated: 2026-11-25 05:00
        """;

    /// <summary>A build with the cache into the site's output, then a cold build of the same inputs into an empty folder: the same site, the same result.</summary>
    private static async Task<BuildResult> Step(SiteFixture site, string step, DateOnly today, DateTimeOffset now, bool replayed)
    {
        var cached = await Build(site, site.Output, Cache, today, now);
        using var temp = new TempDirectory();
        var cold = await Build(site, temp.Combine("output"), cache: null, today, now);

        Assert.True(cold.Succeeded, $"{step}:\n{string.Join('\n', cold.Diagnostics)}");
        Assert.True(replayed == cached.ReplayedFrom is not null, $"{step}: replayed {cached.ReplayedFrom is not null}, expected {replayed}\n{string.Join('\n', cached.Diagnostics)}");
        AssertSameSite(temp.Combine("output"), site.Output, step);
        Assert.Equal(Lines(cold), Lines(cached));
        Assert.Equal(cold.Written, cached.Written);
        Assert.Equal(cold.Excluded, cached.Excluded);
        Assert.Equal(cold.Stories.Select(s => s with { PhiExceptions = [] }), cached.Stories.Select(s => s with { PhiExceptions = [] }));
        Assert.Equal(cold.Withdrawals.Select(w => w.Url), cached.Withdrawals.Select(w => w.Url));
        Assert.Equal(cold.RemovedReferences, cached.RemovedReferences);
        return cached;
    }

    private static IEnumerable<string> Lines(BuildResult result) =>
        result.Diagnostics.Where(d => d.Code != DiagnosticCodes.BuildCacheNotUsed).Select(d => d.ToString());

    private static Task<BuildResult> Build(SiteFixture site, string output, string? cache, DateOnly? today = null, DateTimeOffset? now = null, HttpMessageHandler? handler = null) =>
        new SiteBuild(
            new BuildOptions { WorkingDirectory = site.Root, Output = output, BuildCache = cache, Today = today ?? Today, Context = DeployContext.Production, CommentServerHandler = handler },
            new FixedClock(now ?? Morning)).RunAsync(cancellationToken: TestContext.Current.CancellationToken);

    /// <summary><c>site build</c> in this process, on the fixture (absolute paths: the process's folder is not the site's).</summary>
    private static async Task<(int Exit, string Stderr)> RunCli(SiteFixture site, string report)
    {
        using var stdout = new StringWriter(CultureInfo.InvariantCulture);
        using var stderr = new StringWriter(CultureInfo.InvariantCulture);
        var exit = await global::Site.Cli.CommandLine.RunAsync(
            ["build", "--input", Path.Combine(site.Root, "input"), "--theme", Path.Combine(site.Root, "theme"), "--output", site.Output, "--build-cache", Path.Combine(site.Root, Cache), "--image-cache", Path.Combine(site.Root, ".site-cache", "images"), "--today", "2026-11-25", "--context", "production", "--search", "off", "--report", Path.Combine(site.Root, report)],
            stdout,
            stderr,
            new FixedClock(Morning));
        return (exit, stderr.ToString());
    }

    private static string Display(string text) => text.Replace('\\', '/');

    /// <summary>What <c>site build</c> printed, but for the cache's own lines and the time it took.</summary>
    private static string Printed(string stderr) =>
        string.Join('\n', stderr.Split('\n')
            .Where(l => !l.Contains(DiagnosticCodes.BuildCacheNotUsed, StringComparison.Ordinal) && !l.StartsWith("site build: nothing changed", StringComparison.Ordinal) && !l.StartsWith("site build: reading", StringComparison.Ordinal) && !l.StartsWith("site build: running", StringComparison.Ordinal) && !l.StartsWith("site build: writing", StringComparison.Ordinal))
            .Select(l => System.Text.RegularExpressions.Regex.Replace(l, @"\d+\.\d\d s \(", "N s (")));

    /// <summary>A <c>--report</c> file but for the time it took and the cache's own info line.</summary>
    private static string Report(SiteFixture site, string name)
    {
        var report = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(site.Root, name)))!.AsObject();
        report.Remove("elapsed_ms");
        var diagnostics = report["diagnostics"]!.AsArray();
        foreach (var own in diagnostics.Where(d => (string?)d!["code"] == DiagnosticCodes.BuildCacheNotUsed).ToList())
        {
            diagnostics.Remove(own);
        }

        return report.ToJsonString();
    }

    private static void AssertSameSite(string expected, string actual, string step = "")
    {
        var (want, got) = (Snapshot(expected), Snapshot(actual));
        Assert.True(want.Keys.SequenceEqual(got.Keys), $"{step}: files differ: only in the cold build {string.Join(", ", want.Keys.Except(got.Keys))}; only with the cache {string.Join(", ", got.Keys.Except(want.Keys))}");
        foreach (var (path, hash) in want)
        {
            Assert.True(hash == got[path], $"{step}: {path} differs from the cold build's");
        }
    }

    private static IReadOnlyDictionary<string, string> Snapshot(string folder) => FolderSnapshot.Take(folder);

    private static IReadOnlyDictionary<string, (string Inode, string Time)> Files(string folder) => FolderSnapshot.Identities(folder);

    /// <summary>A Waline server whose first story has <see cref="Up"/> upvotes.</summary>
    private sealed class Votes : HttpMessageHandler
    {
        public int Up { get; set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK)
            {
                Content = new StringContent($$"""{"errno":0,"errmsg":"","data":[{"reaction0":{{Up}},"reaction1":3},{"reaction0":0,"reaction1":0}]}"""),
            });
    }

    private static string Inode(string path) => Run("stat", "-c", "%i", path).Trim();

    private static string Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output;
    }
}
