using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Site.Testing;
using Xunit;

namespace Site.EndToEnd.Tests;

/// <summary>
/// The structured data of the demo's pages, read by a real JSON-LD processor: jsonld.js (Node) expands each page's
/// JSON-LD in safe mode, which fails on anything a processor would drop, and the expanded Event keeps its times with
/// their offsets, its status and its attendance mode; a video story's VideoObject keeps its file, date and transcript; a story's BreadcrumbList keeps its three items.
/// </summary>
public sealed partial class StructuredDataTests(DemoSiteFixture site) : IClassFixture<DemoSiteFixture>
{
    [Fact]
    public async Task Every_page_s_JSON_LD_expands_without_loss_and_the_event_keeps_its_offsets_and_status()
    {
        var (node, script) = Requirements.JsonLd();
        using var temp = new TempDirectory();
        var pages = new[] { "events/free-heart-health-screening-day", "stories/maria-walks-again", "articles/heart-healthy-habits-for-winter", "stories/leila-swims-again" };
        var files = new List<string>();
        foreach (var page in pages)
        {
            var html = await File.ReadAllTextAsync(Path.Combine(site.Output, page, "index.html"), TestContext.Current.CancellationToken);
            var json = JsonLdScript().Match(html);
            Assert.True(json.Success, $"{page} has no JSON-LD");
            files.Add(temp.Write(page.Replace('/', '-') + ".jsonld", json.Groups[1].Value));
        }

        var story = await File.ReadAllTextAsync(Path.Combine(site.Output, pages[1], "index.html"), TestContext.Current.CancellationToken);
        var trail = JsonLdScript().Matches(story).Select(m => m.Groups[1].Value).Single(j => j.Contains("\"BreadcrumbList\"", StringComparison.Ordinal));
        files.Add(temp.Write("breadcrumbs.jsonld", trail));

        var start = new ProcessStartInfo(node, [script, .. files]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, await stderr);

        using var expanded = JsonDocument.Parse(await stdout);
        var documents = expanded.RootElement.EnumerateArray().Select(d => d.EnumerateArray().Single()).ToList();
        Assert.Equal(["https://schema.org/Event", "https://schema.org/Article", "https://schema.org/MedicalWebPage", "https://schema.org/Article", "https://schema.org/BreadcrumbList"], documents.Select(d => d.GetProperty("@type")[0].GetString()));
        var items = documents[4].GetProperty("https://schema.org/itemListElement").EnumerateArray().ToList();
        Assert.Equal(3, items.Count);
        Assert.Equal(["https://stories.riversidehealth.example/", "https://stories.riversidehealth.example/stories/", "https://stories.riversidehealth.example/stories/maria-walks-again/"], items.Select(i => Value(i, "item")));
        Assert.Equal("PT3M", Value(documents[1], "timeRequired"));
        var video = documents[3].GetProperty("https://schema.org/video")[0];
        Assert.Equal("https://schema.org/VideoObject", video.GetProperty("@type")[0].GetString());
        Assert.Equal("https://stories.riversidehealth.example/media/leila-swims-again.webm", Value(video, "contentUrl"));
        Assert.Equal("2026-07-08", Value(video, "uploadDate"));
        Assert.Contains("swam a length", Value(video, "transcript"), StringComparison.Ordinal);
        var happening = documents[0];
        Assert.Equal("2026-12-12T09:00:00-06:00", Value(happening, "startDate"));
        Assert.Equal("2026-12-12T13:00:00-06:00", Value(happening, "endDate"));
        Assert.Equal("https://schema.org/EventScheduled", Value(happening, "eventStatus"));
        Assert.Equal("https://schema.org/OfflineEventAttendanceMode", Value(happening, "eventAttendanceMode"));
        Assert.Equal("https://schema.org/Place", happening.GetProperty("https://schema.org/location")[0].GetProperty("@type")[0].GetString());
    }

    private static string? Value(JsonElement node, string property)
    {
        var value = node.GetProperty("https://schema.org/" + property)[0];
        return value.TryGetProperty("@value", out var literal) ? literal.GetString() : value.GetProperty("@id").GetString();
    }

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLdScript();
}
