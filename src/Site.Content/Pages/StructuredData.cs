using System.Text;
using System.Text.Json;
using Site.Content.Builds;
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

            if (page.Event is { } happening)
            {
                json.WriteString("startDate", happening.StartsIso);
                json.WriteString("endDate", happening.EndsIso);
                json.WriteStartObject("location");
                json.WriteString("@type", "Place");
                json.WriteString("name", happening.Location);
                json.WriteEndObject();
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
}
