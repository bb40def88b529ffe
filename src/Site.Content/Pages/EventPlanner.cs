using System.Globalization;
using Site.Content.Formats;
using Site.Content.Model;
using Site.Content.Sources;
using Site.Content.Views;

namespace Site.Content.Pages;

/// <summary>
/// What an event shows, in the site's time zone at the build's moment: its <see cref="EventView"/>, the words on its
/// card, and which events are upcoming (not yet ended, soonest first) or past (newest first).
/// </summary>
public static class EventPlanner
{
    /// <summary>The name of an event's calendar file in its folder.</summary>
    public const string CalendarFile = "event.ics";

    public static string CalendarUrlFor(string pageUrl) => pageUrl + CalendarFile;

    public static EventView ViewFor(EventFrontMatter happening, string pageUrl, DateTime now, TimeZoneInfo zone, string phoneRegion = Phones.DefaultRegion)
    {
        var registration = happening.Registration;
        var phone = Phones.Format(registration?.Phone, phoneRegion);
        var location = happening.Location;
        return new EventView
        {
            When = When(happening, zone),
            StartIso = StartIso(happening, zone),
            EndIso = EndIso(happening, zone),
            AllDay = happening.AllDay,
            Status = StatusWord(happening.Status),
            StatusNotice = happening.Status switch
            {
                EventStatus.Cancelled => "This event has been cancelled.",
                EventStatus.Postponed => "This event has been postponed. A new date will be announced here.",
                EventStatus.Rescheduled => "This event has a new date and time, shown below.",
                EventStatus.MovedOnline => "This event has moved online. Join it with the link below.",
                _ => null,
            },
            Ended = happening.HasEnded(now, zone),
            Ongoing = happening.IsOngoing(now, zone),
            LocationName = Blank(location?.Name),
            LocationAddress = Blank(location?.Address),
            MapUrl = location?.MapUrl,
            OnlineUrl = happening.OnlineUrl,
            RegistrationUrl = registration?.Url,
            RegistrationPhone = phone?.Text ?? Blank(registration?.Phone),
            RegistrationPhoneUrl = phone?.Tel,
            RegistrationEmail = registration?.Email,
            RegistrationEmailUrl = registration?.Email is { } email ? "mailto:" + email : null,
            RegistrationNote = Blank(registration?.Note),
            Cost = Blank(happening.Cost),
            Accessibility = Blank(happening.Accessibility),
            CalendarUrl = CalendarUrlFor(pageUrl),
        };
    }

    /// <summary>The few words on an event's card beside its time: its status when it is not scheduled, else "Happening now" while it is on.</summary>
    public static string Badge(EventFrontMatter happening, DateTime now, TimeZoneInfo zone) =>
        happening.Status != EventStatus.Scheduled ? StatusLabel(happening.Status)
        : happening.IsOngoing(now, zone) ? "Happening now"
        : string.Empty;

    /// <summary>The events whose end has not passed, soonest first (an event under way comes first).</summary>
    public static IReadOnlyList<ParsedContent> Upcoming(IEnumerable<ParsedContent> content, DateTime now, TimeZoneInfo zone) =>
        content.Where(p => p.FrontMatter is EventFrontMatter e && !e.HasEnded(now, zone))
            .OrderBy(p => ((EventFrontMatter)p.FrontMatter).Span(zone).Start)
            .ThenBy(p => p.Url, StringComparer.Ordinal)
            .ToList();

    /// <summary>The events whose end has passed, the most recent first.</summary>
    public static IReadOnlyList<ParsedContent> Past(IEnumerable<ParsedContent> content, DateTime now, TimeZoneInfo zone) =>
        content.Where(p => p.FrontMatter is EventFrontMatter e && e.HasEnded(now, zone))
            .OrderByDescending(p => ((EventFrontMatter)p.FrontMatter).Span(zone).Start)
            .ThenBy(p => p.Url, StringComparer.Ordinal)
            .ToList();

    public static string StatusWord(EventStatus status) => status == EventStatus.MovedOnline ? "moved-online" : status.ToString().ToLowerInvariant();

    public static string StatusLabel(EventStatus status) => status switch
    {
        EventStatus.Cancelled => "Cancelled",
        EventStatus.Postponed => "Postponed",
        EventStatus.Rescheduled => "Rescheduled",
        EventStatus.MovedOnline => "Moved online",
        _ => "Scheduled",
    };

    /// <summary>The start as ISO 8601: a date for an all-day event, else the time with the site's offset and seconds.</summary>
    public static string StartIso(EventFrontMatter happening, TimeZoneInfo zone) =>
        happening.AllDay ? Day(happening.Start.Date) : Time(happening.Span(zone).Start, zone);

    /// <summary>The end as ISO 8601: an all-day event's last day, else the time with the site's offset.</summary>
    public static string EndIso(EventFrontMatter happening, TimeZoneInfo zone) =>
        happening.AllDay ? Day((happening.End ?? happening.Start).Date) : Time(happening.Span(zone).End, zone);

    /// <summary>The dates and times for reading, in the site's time zone.</summary>
    public static string When(EventFrontMatter happening, TimeZoneInfo zone)
    {
        var culture = CultureInfo.InvariantCulture;
        const string LongDay = "dddd, MMMM d, yyyy";
        if (happening.AllDay)
        {
            var first = happening.Start.Date;
            var last = (happening.End ?? happening.Start).Date;
            return first == last
                ? first.ToString(LongDay, culture) + ", all day"
                : $"{first.ToString(LongDay, culture)} to {last.ToString(LongDay, culture)}, all day";
        }

        var (start, end) = happening.Span(zone);
        var (from, to) = (TimeZoneInfo.ConvertTime(start, zone).DateTime, TimeZoneInfo.ConvertTime(end, zone).DateTime);
        return from.Date == to.Date
            ? $"{from.ToString(LongDay + ", h:mm tt", culture)} to {to.ToString("h:mm tt", culture)}"
            : $"{from.ToString(LongDay + ", h:mm tt", culture)} to {to.ToString(LongDay + ", h:mm tt", culture)}";
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
