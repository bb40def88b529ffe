using System.Collections.Immutable;
using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Site.Content.Builds;
using Site.Content.Model;
using Site.Content.Pages;
using Site.Content.Sources;
using Site.Engine.Documents;
using Site.Engine.Modules;
using Site.Engine.Pipelines;

namespace Site.Content.Feeds;

/// <summary>
/// Writes iCalendar (RFC 5545) files with Ical.Net: <c>/events/&lt;slug&gt;/event.ics</c> for every event (the page's
/// "Add to calendar"), and <c>/events/calendar.ics</c> with every event whose end has not passed at the build's
/// moment, to subscribe to. Nothing comes from the clock but that choice: DTSTAMP is the event's <c>updated</c> (or
/// <c>date</c>) at midnight UTC, the UID is the event's id at the site's host, and times are in UTC (an all-day
/// event's are dates, its DTEND the day after its last), so the same input gives the same bytes.
/// </summary>
public sealed class GenerateCalendar(BuildContext build, string contentPipeline) : IModule
{
    public const string CalendarPath = "events/calendar.ics";

    /// <summary>The calendar files change when an event or the set of events not yet ended changes.</summary>
    public Signature? DependsOn(ImmutableArray<Document> inputs, PipelineContext context) =>
        Signature.Of(Signature.By(Events(context), p => new object?[] { p.FrontMatter, p.Url, ((EventFrontMatter)p.FrontMatter).HasEnded(build.Now, build.Zone) }));

    public ValueTask<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var events = Events(context);
        var documents = events
            .Select(p => Write(p.Url.TrimStart('/') + EventPlanner.CalendarFile, p.FrontMatter.Title, [p]))
            .ToList();
        documents.Add(Write(CalendarPath, $"{build.Settings.Title}: events", EventPlanner.Upcoming(events, build.Now, build.Zone)));
        return ValueTask.FromResult(documents.ToImmutableArray());
    }

    private List<ParsedContent> Events(PipelineContext context) =>
        context.OutputsOf(contentPipeline)
            .Select(d => d.Get<ParsedContent>())
            .Where(p => p.FrontMatter is EventFrontMatter)
            .OrderBy(p => p.Url, StringComparer.Ordinal)
            .ToList();

    private Document Write(string path, string name, IEnumerable<ParsedContent> events)
    {
        var calendar = new Calendar { ProductId = $"-//{build.Settings.Organization.Name}//{Host}//EN", Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", name);
        foreach (var parsed in events)
        {
            calendar.Events.Add(EventFor(parsed));
        }

        var text = new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
        return new Document("generated:/" + path) { OutputPath = path, Content = DocumentContent.FromText(text) };
    }

    private string Host => new Uri(build.BaseUrl).Host;

    private CalendarEvent EventFor(ParsedContent parsed)
    {
        var happening = (EventFrontMatter)parsed.FrontMatter;
        var view = EventPlanner.ViewFor(happening, parsed.Url, build.Now, build.Zone, build.Settings.Organization.PhoneRegion);
        var stamp = new CalDateTime((happening.Updated ?? happening.Date).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        var calendarEvent = new CalendarEvent
        {
            Uid = $"{happening.Id}@{Host}",
            DtStamp = stamp,
            LastModified = stamp,
            Summary = happening.Title,
            Description = Description(happening, view, build.AbsoluteUrl(parsed.Url)),
            Location = Place(view),
            Url = new Uri(build.AbsoluteUrl(parsed.Url)),
            Status = happening.Status switch
            {
                Model.EventStatus.Cancelled => Ical.Net.EventStatus.Cancelled,
                Model.EventStatus.Postponed => Ical.Net.EventStatus.Tentative,
                _ => Ical.Net.EventStatus.Confirmed,
            },
        };
        if (happening.AllDay)
        {
            calendarEvent.DtStart = new CalDateTime(happening.Start.Date);
            calendarEvent.DtEnd = new CalDateTime((happening.End ?? happening.Start).Date.AddDays(1));
        }
        else
        {
            var (start, end) = happening.Span(build.Zone);
            calendarEvent.DtStart = new CalDateTime(start.UtcDateTime);
            calendarEvent.DtEnd = new CalDateTime(end.UtcDateTime);
        }

        return calendarEvent;
    }

    /// <summary>Where to go: the place's name and address, or the address to join online.</summary>
    private static string? Place(Views.EventView view)
    {
        var parts = new[] { view.LocationName, view.LocationAddress }.OfType<string>().ToList();
        return parts.Count > 0 && view.Status != "moved-online" ? string.Join(", ", parts) : view.OnlineUrl;
    }

    private static string Description(EventFrontMatter happening, Views.EventView view, string url)
    {
        var text = new StringBuilder(happening.Summary);
        void Line(string label, string? value)
        {
            if (value is not null)
            {
                text.Append('\n').Append(label).Append(": ").Append(value);
            }
        }

        text.Append('\n');
        Line("Status", view.StatusNotice);
        Line("Join online", view.OnlineUrl);
        Line("Cost", view.Cost);
        Line("Register", view.RegistrationUrl);
        Line("Phone", view.RegistrationPhone);
        Line("E-mail", view.RegistrationEmail);
        Line("Sign up", view.RegistrationNote);
        Line("Accessibility", view.Accessibility);
        Line("Details", url);
        return text.ToString();
    }
}
