using Site.Content.Model;
using Site.Content.Pages;
using Site.Content.Sources;
using Site.Engine.Diagnostics;
using Site.Engine.Documents;
using Site.Engine.Files;
using Site.Engine.Pipelines;
using Site.Testing;
using Xunit;

namespace Site.Content.Tests;

/// <summary>
/// Event times: the forms an editor may write, the instant each names in the site's time zone (daylight saving time
/// included), what an all-day event spans, where an event stands at a moment, and the links made of its contacts.
/// </summary>
public sealed class EventTimeTests
{
    private static readonly TimeZoneInfo Chicago = TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");

    [Theory]
    [InlineData("2026-12-12 09:00", "2026-12-12T15:00:00+00:00")]
    [InlineData("2026-12-12T09:00", "2026-12-12T15:00:00+00:00")]
    [InlineData("2026-07-12 09:00", "2026-07-12T14:00:00+00:00")]
    [InlineData("2026-12-12T09:00:00-05:00", "2026-12-12T14:00:00+00:00")]
    [InlineData("2026-12-12T09:00-05:00", "2026-12-12T14:00:00+00:00")]
    [InlineData("2026-12-12T15:00:00Z", "2026-12-12T15:00:00+00:00")]
    // 01:30 happens twice as clocks go back on 2026-11-01: the first, still in daylight time.
    [InlineData("2026-11-01 01:30", "2026-11-01T06:30:00+00:00")]
    public void A_time_names_the_instant_in_the_site_zone_or_at_its_own_offset(string written, string utc)
    {
        Assert.True(EventTime.TryParse(written, null, out var time));
        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), time.In(Chicago));
        Assert.True(time.HasTime);
    }

    [Theory]
    [InlineData("12/12/2026 9am")]
    [InlineData("2026-12-12 9:00")]
    [InlineData("2026-13-01 09:00")]
    [InlineData("tomorrow")]
    [InlineData("")]
    public void Other_forms_are_not_read(string written) => Assert.False(EventTime.TryParse(written, null, out _));

    [Fact]
    public void A_date_alone_has_no_time() =>
        Assert.Equal(new EventTime(new DateTime(2026, 12, 12), null, HasTime: false), EventTime.Parse("2026-12-12", null));

    [Fact]
    public void An_all_day_event_spans_from_the_midnight_of_its_first_day_to_the_midnight_after_its_last()
    {
        var walk = Event("all_day: true\nstart: 2026-12-12\nend: 2026-12-13\nlocation: Park\n");
        var (start, end) = walk.Span(Chicago);

        Assert.Equal(new DateTimeOffset(2026, 12, 12, 0, 0, 0, TimeSpan.FromHours(-6)), start);
        Assert.Equal(new DateTimeOffset(2026, 12, 14, 0, 0, 0, TimeSpan.FromHours(-6)), end);
        Assert.True(walk.IsOngoing(new DateTime(2026, 12, 13, 23, 59, 0), Chicago));
        Assert.True(walk.HasEnded(new DateTime(2026, 12, 14, 0, 0, 0), Chicago));
        Assert.Equal(("2026-12-12", "2026-12-13"), (EventPlanner.StartIso(walk, Chicago), EventPlanner.EndIso(walk, Chicago)));
    }

    [Fact]
    public void An_event_is_upcoming_then_ongoing_then_ended_by_the_clock()
    {
        var screening = Event("start: 2026-12-12 09:00\nend: 2026-12-12 13:00\nlocation: Room\n");

        Assert.Equal((false, false), (screening.IsOngoing(new DateTime(2026, 12, 12, 8, 59, 0), Chicago), screening.HasEnded(new DateTime(2026, 12, 12, 8, 59, 0), Chicago)));
        Assert.Equal((true, false), (screening.IsOngoing(new DateTime(2026, 12, 12, 9, 0, 0), Chicago), screening.HasEnded(new DateTime(2026, 12, 12, 9, 0, 0), Chicago)));
        Assert.Equal((false, true), (screening.IsOngoing(new DateTime(2026, 12, 12, 13, 0, 0), Chicago), screening.HasEnded(new DateTime(2026, 12, 12, 13, 0, 0), Chicago)));
        Assert.Equal("Happening now", EventPlanner.Badge(screening, new DateTime(2026, 12, 12, 10, 0, 0), Chicago));
        Assert.Equal(string.Empty, EventPlanner.Badge(screening, new DateTime(2026, 12, 1), Chicago));
    }

    [Fact]
    public void A_local_time_the_clocks_skip_is_an_error_at_its_line()
    {
        var diagnostics = Parse("start: 2027-03-14 02:30\nend: 2027-03-14 04:00\nlocation: Room\n", Chicago);

        var error = Assert.Single(diagnostics);
        Assert.Equal("input/events/example.md:6:8: error SG2072: 'start' (2027-03-14 02:30) does not exist in the site's time zone (America/Chicago): the clocks skip that hour as daylight saving time starts; write a time an hour later, or give the offset", error.ToString());
    }

    [Fact]
    public void An_end_is_compared_with_the_start_as_instants()
    {
        // 09:30 in New York is 08:30 in Chicago: before a 09:00 local start.
        var early = Parse("start: 2026-12-12 09:00\nend: 2026-12-12T09:30:00-05:00\nlocation: Room\n", Chicago);
        var later = Parse("start: 2026-12-12 09:00\nend: 2026-12-12T10:30:00-05:00\nlocation: Room\n", Chicago);

        Assert.Equal("SG2070", Assert.Single(early).Code);
        Assert.Empty(later);
    }

    [Theory]
    [InlineData("+1-555-010-0150", "tel:+15550100150", "+1 555-010-0150")]
    [InlineData("(555) 010-0150", "tel:+15550100150", "+1 555-010-0150")]
    [InlineData("+44 20 7946 0958", "tel:+442079460958", "+44 20 7946 0958")]
    public void A_phone_number_becomes_a_tel_link_and_reads_as_an_international_number(string written, string link, string text) =>
        Assert.Equal((link, text), CheckEvent.PhoneLink(written));

    [Theory]
    [InlineData("call us")]
    [InlineData("12")]
    public void Something_that_is_not_a_phone_number_has_no_link(string written) => Assert.Null(CheckEvent.PhoneLink(written));

    [Theory]
    [InlineData("Free", true)]
    [InlineData("free, no insurance needed", true)]
    [InlineData("Freely given donations welcome", false)]
    [InlineData("$5", false)]
    [InlineData(null, false)]
    public void Only_a_cost_that_says_free_makes_the_event_free(string? cost, bool free) => Assert.Equal(free, StructuredData.IsFree(cost));

    private static EventFrontMatter Event(string fields)
    {
        using var temp = new TempDirectory();
        var (document, context, bag) = Prepare(temp, fields);
        var parsed = Assert.Single(new ParseContent(ContentKind.Event, new SourceReader(), Chicago).Execute(document, context));
        Assert.Empty(bag.ToSortedList());
        return (EventFrontMatter)parsed.Get<ParsedContent>().FrontMatter;
    }

    private static IReadOnlyList<Diagnostic> Parse(string fields, TimeZoneInfo zone)
    {
        using var temp = new TempDirectory();
        var (document, context, bag) = Prepare(temp, fields);
        _ = new ParseContent(ContentKind.Event, new SourceReader(), zone).Execute(document, context).ToList();
        return bag.ToSortedList();
    }

    private static (Document Document, PipelineContext Context, DiagnosticBag Bag) Prepare(TempDirectory temp, string fields)
    {
        const string Display = "input/events/example.md";
        var full = temp.Write(Display, $"---\nid: ev-2026-001\ntitle: Screening Day\nsummary: Free checks.\ndate: 2026-11-01\n{fields}---\nText.\n");
        var bag = new DiagnosticBag();
        return (new Document(Display) { SourcePath = Display }.With(new SourceFile(full)), PipelineContext.ForTesting(bag), bag);
    }
}
