using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ical.Net.CalendarComponents;
using Site.Content.Model;
using Site.Testing;
using Xunit;
using Calendar = Ical.Net.Calendar;

namespace Site.Build.Tests;

/// <summary>
/// Events as readers and calendar apps get them, from the events case (Cases/events) built on the days of its
/// builds.txt and the demo built after its event: the .ics files read back with Ical.Net, the listings that move an
/// event from upcoming to past by the clock alone, the home page's next events, and the Event JSON-LD.
/// </summary>
public sealed partial class EventTests
{
    private static readonly string Case = Repository.PathTo("tests", "Site.Build.Tests", "Cases", "events");

    [Fact]
    public async Task Each_event_has_a_calendar_file_that_reads_back_with_its_times_and_fields()
    {
        using var temp = new TempDirectory();
        var result = await GoldenCaseTests.Build(Case, temp.Combine("output"), DeployContext.Production, new DateOnly(2026, 11, 25));
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        var screening = Single(temp.Combine("output", "events", "heart-screening", "event.ics"));
        Assert.Equal("ev-2026-010@stories.test.example", screening.Uid);
        Assert.Equal(new DateTime(2026, 12, 12, 15, 0, 0, DateTimeKind.Utc), screening.DtStart!.AsUtc);
        Assert.Equal(new DateTime(2026, 12, 12, 19, 0, 0, DateTimeKind.Utc), screening.DtEnd!.AsUtc);
        Assert.Equal(new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc), screening.DtStamp!.AsUtc);
        Assert.Equal(("Heart Screening Morning", "CONFIRMED"), (screening.Summary, screening.Status));
        Assert.Equal("Community Room, 1400 Riverbend Avenue, Riverside, IL 62704", screening.Location);
        Assert.Equal(new Uri("https://stories.test.example/events/heart-screening/"), screening.Url);
        Assert.Contains("Phone: (555) 010-0150", screening.Description, StringComparison.Ordinal);

        // Written with an offset of New York: 18:00 at -05:00 is 23:00 UTC.
        var webinar = Single(temp.Combine("output", "events", "winter-wellness-webinar", "event.ics"));
        Assert.Equal(new DateTime(2026, 12, 15, 23, 0, 0, DateTimeKind.Utc), webinar.DtStart!.AsUtc);
        Assert.Equal("https://meet.test.example/winter-wellness", webinar.Location);

        // All day: dates, and the end is the day after the last day.
        var walk = Single(temp.Combine("output", "events", "walking-weekend", "event.ics"));
        Assert.False(walk.DtStart!.HasTime);
        Assert.Equal((new DateOnly(2026, 12, 12), new DateOnly(2026, 12, 14)), (DateOnly.FromDateTime(walk.DtStart.Value), DateOnly.FromDateTime(walk.DtEnd!.Value)));

        // A cancelled event says so, and its stamp is the day it was updated.
        var flu = Single(temp.Combine("output", "events", "flu-shot-clinic", "event.ics"));
        Assert.Equal(("CANCELLED", new DateTime(2026, 11, 20, 0, 0, 0, DateTimeKind.Utc)), (flu.Status, flu.DtStamp!.AsUtc));

        var headers = File.ReadAllText(temp.Combine("output", "_headers"));
        Assert.Contains("/events/calendar.ics\n  Content-Type: text/calendar; charset=utf-8\n", headers, StringComparison.Ordinal);
        Assert.Contains("/events/*/event.ics\n  Content-Type: text/calendar; charset=utf-8\n", headers, StringComparison.Ordinal);
        Assert.Contains("href=\"/events/heart-screening/event.ics\"", Page(temp, "events/heart-screening/"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-11-25", "flu-shot-clinic walking-weekend heart-screening winter-wellness-webinar", "")]
    [InlineData("2026-12-12", "walking-weekend heart-screening winter-wellness-webinar", "flu-shot-clinic")]
    [InlineData("2026-12-14", "winter-wellness-webinar", "heart-screening walking-weekend flu-shot-clinic")]
    [InlineData("2026-12-20", "", "winter-wellness-webinar heart-screening walking-weekend flu-shot-clinic")]
    // Past events are listed by their start, the latest first: the screening (09:00 on the 12th) before the walk (all day from the 12th).
    public async Task Events_move_from_upcoming_to_past_by_the_clock_alone(string day, string upcoming, string past)
    {
        using var temp = new TempDirectory();
        var today = DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var result = await GoldenCaseTests.Build(Case, temp.Combine("output"), DeployContext.Production, today);

        Assert.True(result.Succeeded && result.Diagnostics.Count == 0, string.Join('\n', result.Diagnostics));
        Assert.Equal(upcoming, string.Join(' ', Cards(Page(temp, "events/"))));
        Assert.Equal(past, string.Join(' ', Cards(Page(temp, "events/past/"))));
        var calendar = Calendar.Load(File.ReadAllText(temp.Combine("output", "events", "calendar.ics")))!;
        Assert.Equal(upcoming.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal), calendar.Events.Select(e => e.Url!.AbsolutePath.Split('/')[2]).Order(StringComparer.Ordinal));
        Assert.Equal(upcoming.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(3), Cards(Section(Page(temp, ""), "upcoming-events")));
        foreach (var slug in past.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            Assert.Contains("This event has ended.", Page(temp, $"events/{slug}/"), StringComparison.Ordinal);
        }

        foreach (var slug in upcoming.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            Assert.DoesNotContain("This event has ended.", Page(temp, $"events/{slug}/"), StringComparison.Ordinal);
        }

        if (upcoming.Length == 0)
        {
            Assert.Contains("No events are planned right now.", Page(temp, ""), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_event_under_way_stays_upcoming_and_says_it_is_happening_now()
    {
        using var temp = new TempDirectory();
        var result = await GoldenCaseTests.Build(Case, temp.Combine("output"), DeployContext.Production, new DateOnly(2026, 12, 13));

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Equal("walking-weekend", Cards(Page(temp, "events/")).First());
        Assert.Contains("<strong class=\"badge\">Happening now</strong>", Page(temp, "events/"), StringComparison.Ordinal);
        Assert.Contains("Happening now.", Page(temp, "events/walking-weekend/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_demo_builds_after_its_event_with_nothing_to_edit()
    {
        using var temp = new TempDirectory();
        var result = await new SiteBuild(
            new BuildOptions { Output = temp.Combine("output"), Theme = Repository.PathTo("theme"), Input = Repository.PathTo("input"), WorkingDirectory = Repository.Root, Today = new DateOnly(2026, 12, 13), Context = DeployContext.Production },
            FixedClock.On(2026, 11, 25)).RunAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded && result.Diagnostics.Count == 0, string.Join('\n', result.Diagnostics));
        Assert.Equal(["free-heart-health-screening-day"], Cards(Page(temp, "events/past/")));
        Assert.Empty(Cards(Page(temp, "events/")));
        Assert.Empty(Calendar.Load(File.ReadAllText(temp.Combine("output", "events", "calendar.ics")))!.Events);
        Assert.Contains("This event has ended.", Page(temp, "events/free-heart-health-screening-day/"), StringComparison.Ordinal);
    }

    /// <summary>
    /// No JSON-LD processor is served to this project (json-ld.net is not in the package registry it may use), so
    /// the structured data is checked as JSON against schema.org's definition of Event: the context and type, the
    /// properties Event requires for rich results (name, startDate, location), dates as ISO 8601 with an offset (or
    /// dates alone, all day), values of EventStatusType and EventAttendanceModeEnumeration, and a location that is a
    /// Place with an address or a VirtualLocation with a url.
    /// </summary>
    [Fact]
    public async Task Each_event_page_has_Event_structured_data_that_schema_org_defines()
    {
        using var temp = new TempDirectory();
        var result = await GoldenCaseTests.Build(Case, temp.Combine("output"), DeployContext.Production, new DateOnly(2026, 11, 25));
        Assert.True(result.Succeeded);
        string[] statuses = ["EventScheduled", "EventCancelled", "EventPostponed", "EventRescheduled", "EventMovedOnline"];
        string[] modes = ["OfflineEventAttendanceMode", "OnlineEventAttendanceMode", "MixedEventAttendanceMode"];
        var seen = new Dictionary<string, (string Status, string Mode, string[] Locations, bool Free)>(StringComparer.Ordinal);

        foreach (var slug in new[] { "heart-screening", "walking-weekend", "winter-wellness-webinar", "flu-shot-clinic" })
        {
            using var json = JsonDocument.Parse(JsonLd().Match(Page(temp, $"events/{slug}/")).Groups[1].Value);
            var root = json.RootElement;
            Assert.Equal(("https://schema.org", "Event"), (root.GetProperty("@context").GetString(), root.GetProperty("@type").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("name").GetString()));
            var allDay = slug == "walking-weekend";
            foreach (var property in new[] { "startDate", "endDate" })
            {
                var value = root.GetProperty(property).GetString()!;
                Assert.True(allDay
                    ? DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                    : DateTimeOffset.TryParseExact(value, "yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture, DateTimeStyles.None, out _), $"{slug} {property} {value}");
            }

            var status = root.GetProperty("eventStatus").GetString()!;
            var mode = root.GetProperty("eventAttendanceMode").GetString()!;
            Assert.Contains(status.Replace("https://schema.org/", string.Empty, StringComparison.Ordinal), statuses);
            Assert.Contains(mode.Replace("https://schema.org/", string.Empty, StringComparison.Ordinal), modes);
            var location = root.GetProperty("location");
            var places = location.ValueKind == JsonValueKind.Array ? location.EnumerateArray().ToArray() : [location];
            foreach (var place in places)
            {
                var type = place.GetProperty("@type").GetString();
                Assert.True(type == "Place" ? place.TryGetProperty("address", out _) : type == "VirtualLocation" && place.GetProperty("url").GetString()!.StartsWith("https://", StringComparison.Ordinal), $"{slug}: {place}");
            }

            seen[slug] = (status, mode, places.Select(p => p.GetProperty("@type").GetString()!).ToArray(), root.TryGetProperty("isAccessibleForFree", out var free) && free.GetBoolean());
        }

        Assert.Equal(("https://schema.org/EventScheduled", "https://schema.org/OfflineEventAttendanceMode", true), (seen["heart-screening"].Status, seen["heart-screening"].Mode, seen["heart-screening"].Free));
        Assert.Equal(["VirtualLocation"], seen["winter-wellness-webinar"].Locations);
        Assert.False(seen["winter-wellness-webinar"].Free);
        Assert.Equal(("https://schema.org/EventCancelled", "https://schema.org/MixedEventAttendanceMode"), (seen["flu-shot-clinic"].Status, seen["flu-shot-clinic"].Mode));
        Assert.Equal(["Place", "VirtualLocation"], seen["flu-shot-clinic"].Locations);
    }

    private static CalendarEvent Single(string path) => Assert.Single(Calendar.Load(File.ReadAllText(path))!.Events);

    private static string Page(TempDirectory temp, string url) => File.ReadAllText(temp.Combine("output", url, "index.html"));

    private static string Section(string html, string id) =>
        html[html.IndexOf($"aria-labelledby=\"{id}\"", StringComparison.Ordinal)..html.IndexOf("</section>", html.IndexOf($"aria-labelledby=\"{id}\"", StringComparison.Ordinal), StringComparison.Ordinal)];

    /// <summary>The slugs of the event cards of a page's main content (or of a part of a page), in order.</summary>
    private static List<string> Cards(string html) =>
        CardLink().Matches(html[Math.Max(0, html.IndexOf("<main", StringComparison.Ordinal))..]).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex("<h2 class=\"card-title\"><a href=\"/events/([a-z0-9-]+)/\">")]
    private static partial Regex CardLink();

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>")]
    private static partial Regex JsonLd();
}
