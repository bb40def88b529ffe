using System.Text;
using System.Text.Json;
using Site.Content.Builds;
using Site.Content.Formats;
using Site.Content.Model;
using Site.Content.Views;

namespace Site.Content.Pages;

/// <summary>
/// schema.org JSON-LD for a page: an Article for a story, a MedicalWebPage for a health article (both with
/// <c>lastReviewed</c> and <c>reviewedBy</c>), an Event for an event; the publisher is the organization as a
/// Hospital. Every value is one the page shows: no patient data beyond what is rendered and authorized.
/// The default encoder escapes &lt; and &gt;, so the text is safe inside a script element.
/// </summary>
public static class StructuredData
{
    public static string? For(IContentFrontMatter frontMatter, PageView page, BuildContext build)
    {
        var type = ContentKinds.All.FirstOrDefault(k => k.FrontMatter == frontMatter.GetType())?.SchemaType;
        if (type is null)
        {
            return null;
        }

        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", type);
            json.WriteString(type == "Event" ? "name" : "headline", page.Title);
            json.WriteString("description", page.Summary);
            json.WriteString("url", page.CanonicalUrl);
            json.WriteString("inLanguage", page.Lang);
            if (page.Image is { } image)
            {
                json.WriteString("image", build.AbsoluteUrl(image.Url));
            }

            if (type != "Event")
            {
                json.WriteString("datePublished", page.DateIso);
                json.WriteString("dateModified", page.UpdatedIso ?? page.DateIso);
            }

            if (page.ReadingTimeIso is { } reading)
            {
                json.WriteString("timeRequired", reading);
            }

            if (page.Review is { } review)
            {
                json.WriteString("lastReviewed", review.ReviewedOnIso);
                json.WriteStartObject("reviewedBy");
                json.WriteString("@type", "Person");
                json.WriteString("name", review.ReviewedBy);
                json.WriteEndObject();
            }

            if (page.Author is { } author)
            {
                json.WriteStartObject("author");
                json.WriteString("@type", "Person");
                json.WriteString("name", author);
                json.WriteEndObject();
            }

            if (page.Video is { } video)
            {
                WriteVideo(json, video, page, build);
            }

            if (page.Event is { } happening)
            {
                WriteEvent(json, happening, frontMatter as EventFrontMatter);
            }

            json.WriteStartObject(type == "Event" ? "organizer" : "publisher");
            json.WriteString("@type", "Hospital");
            json.WriteString("name", build.Settings.Organization.Name);
            json.WriteString("url", build.AbsoluteUrl("/"));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>A BreadcrumbList of the trail a page shows, each item with its position, name and absolute URL.</summary>
    public static string? Breadcrumbs(IReadOnlyList<LinkView> trail, BuildContext build)
    {
        if (trail.Count == 0)
        {
            return null;
        }

        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", "BreadcrumbList");
            json.WriteStartArray("itemListElement");
            for (var i = 0; i < trail.Count; i++)
            {
                json.WriteStartObject();
                json.WriteString("@type", "ListItem");
                json.WriteNumber("position", i + 1);
                json.WriteString("name", trail[i].Title);
                json.WriteString("item", build.AbsoluteUrl(trail[i].Url));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>
    /// A VideoObject: its name, the page's summary, the poster, the upload date, the file (contentUrl) or the provider's
    /// player (embedUrl), the duration when given, and the transcript as the page shows it, in plain text.
    /// </summary>
    private static void WriteVideo(Utf8JsonWriter json, VideoView video, PageView page, BuildContext build)
    {
        json.WriteStartObject("video");
        json.WriteString("@type", "VideoObject");
        json.WriteString("name", video.Title);
        json.WriteString("description", page.Summary);
        json.WriteString("thumbnailUrl", build.AbsoluteUrl(video.Poster.Url));
        json.WriteString("uploadDate", video.UploadDateIso);
        if (video.SourceUrl is { } source)
        {
            json.WriteString("contentUrl", build.AbsoluteUrl(source));
            json.WriteString("encodingFormat", video.SourceType);
        }
        else
        {
            json.WriteString("embedUrl", video.EmbedUrl);
        }

        if (video.DurationIso is { } duration)
        {
            json.WriteString("duration", duration);
        }

        if (HtmlText.Plain(video.TranscriptHtml) is { Length: > 0 } transcript)
        {
            json.WriteString("transcript", transcript);
        }

        json.WriteEndObject();
    }

    /// <summary>
    /// An Event's times (with offsets; dates for an all-day event), its status and attendance mode, where it is (a
    /// Place with its PostalAddress, a VirtualLocation, or both) and, when its cost says it is free, isAccessibleForFree.
    /// </summary>
    private static void WriteEvent(Utf8JsonWriter json, EventView happening, EventFrontMatter? frontMatter)
    {
        json.WriteString("startDate", happening.StartIso);
        json.WriteString("endDate", happening.EndIso);
        var status = frontMatter?.Status ?? EventStatus.Scheduled;
        json.WriteString("eventStatus", "https://schema.org/Event" + status);
        var online = happening.OnlineUrl is not null;
        var inPerson = status != EventStatus.MovedOnline && (happening.LocationName ?? happening.LocationAddress) is not null;
        var mode = (inPerson, online) switch
        {
            (true, true) => "Mixed",
            (false, true) => "Online",
            _ => "Offline",
        };
        json.WriteString("eventAttendanceMode", $"https://schema.org/{mode}EventAttendanceMode");
        if (inPerson && online)
        {
            json.WriteStartArray("location");
        }
        else if (inPerson || online)
        {
            json.WritePropertyName("location");
        }

        if (inPerson)
        {
            json.WriteStartObject();
            json.WriteString("@type", "Place");
            json.WriteString("name", happening.LocationName ?? happening.LocationAddress);
            if (happening.LocationAddress is { } address)
            {
                json.WriteStartObject("address");
                json.WriteString("@type", "PostalAddress");
                json.WriteString("streetAddress", address);
                json.WriteEndObject();
            }
            else
            {
                // One line of text names the place and usually its address; schema.org's address may be text.
                json.WriteString("address", happening.LocationName);
            }

            if (happening.MapUrl is { } map)
            {
                json.WriteString("hasMap", map);
            }

            json.WriteEndObject();
        }

        if (online)
        {
            json.WriteStartObject();
            json.WriteString("@type", "VirtualLocation");
            json.WriteString("url", happening.OnlineUrl);
            json.WriteEndObject();
        }

        if (inPerson && online)
        {
            json.WriteEndArray();
        }

        if (IsFree(happening.Cost))
        {
            json.WriteBoolean("isAccessibleForFree", true);
        }
    }

    /// <summary>Whether a cost says the event is free: it starts with the word "free" ("Free", "Free; no insurance needed").</summary>
    public static bool IsFree(string? cost) =>
        cost is { } text && text.TrimStart().StartsWith("free", StringComparison.OrdinalIgnoreCase)
        && (text.TrimStart().Length == 4 || !char.IsLetter(text.TrimStart()[4]));
}
