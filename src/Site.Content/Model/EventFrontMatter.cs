using Site.Content.FrontMatter;

namespace Site.Content.Model;

/// <summary>
/// The front matter of an event (<c>input/events/*.md</c>). <see cref="Start"/> and <see cref="End"/> are local to the
/// site's time zone unless written with an offset; with <see cref="AllDay"/> they are dates, and <see cref="End"/>
/// (the last day, inclusive) may be left out. The older keys <c>starts</c> and <c>ends</c> are still read.
/// At least one of <see cref="Location"/> and <see cref="OnlineUrl"/> is given (checked by <c>ParseContent</c>).
/// </summary>
[Site.Content.FrontMatter.ContentFile("an event", "/events/")]
public sealed record EventFrontMatter(
    string Id,
    string Title,
    string Summary,
    DateOnly Date,
    [Alias("starts")] EventTime Start,
    [Alias("ends")] EventTime? End,
    IReadOnlyList<string> ServiceLines,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> RedirectFrom,
    bool AllDay = false,
    EventLocation? Location = null,
    string? OnlineUrl = null,
    EventRegistration? Registration = null,
    string? Cost = null,
    string? Accessibility = null,
    EventStatus Status = EventStatus.Scheduled,
    DateOnly? Updated = null,
    string? Lang = null,
    string? Slug = null,
    string? Layout = null,
    ImageRef? Image = null,
    IReadOnlyList<GalleryPhoto>? Gallery = null,
    bool Draft = false) : IContentFrontMatter
{
    DateOnly? IContentFrontMatter.Date => Date;

    IReadOnlyList<GalleryPhoto> IContentFrontMatter.Gallery => Gallery ?? [];

    /// <summary>The instants the event starts and ends (an all-day event ends at the midnight after its last day).</summary>
    public (DateTimeOffset Start, DateTimeOffset End) Span(TimeZoneInfo zone)
    {
        if (AllDay)
        {
            var last = (End ?? Start).Date;
            return (Midnight(Start.Date, zone), Midnight(last.AddDays(1), zone));
        }

        var start = Start.In(zone);
        return (start, End?.In(zone) ?? start);
    }

    /// <summary>Whether the event's end has passed at <paramref name="now"/> (a local time in <paramref name="zone"/>).</summary>
    public bool HasEnded(DateTime now, TimeZoneInfo zone) => Span(zone).End <= Instant(now, zone);

    /// <summary>Whether the event has started and not yet ended at <paramref name="now"/>.</summary>
    public bool IsOngoing(DateTime now, TimeZoneInfo zone)
    {
        var (start, end) = Span(zone);
        var instant = Instant(now, zone);
        return start <= instant && instant < end;
    }

    /// <summary>A local time of the build in the zone as an instant.</summary>
    public static DateTimeOffset Instant(DateTime local, TimeZoneInfo zone) => new EventTime(local, null, true).In(zone);

    private static DateTimeOffset Midnight(DateOnly day, TimeZoneInfo zone)
    {
        // Where a zone skips midnight (a daylight saving change), the day starts at the first minute that exists.
        var local = day.ToDateTime(TimeOnly.MinValue);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(1);
        }

        return new EventTime(local, null, true).In(zone);
    }
}
