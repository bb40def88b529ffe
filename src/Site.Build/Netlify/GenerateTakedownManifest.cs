using System.Collections.Immutable;
using System.Text.Json;
using Site.Content.Compliance;
using Site.Content.Model;
using Site.Content.Sources;
using Site.Engine.Documents;
using Site.Engine.Modules;
using Site.Engine.Pipelines;

namespace Site.Build.Netlify;

/// <summary>
/// Writes <c>_takedown.json</c>, what the takedown edge function (src/Site.Edge) needs to take a story down at the
/// moment its authorization ends even when no build runs that day: for every published story, the instant (ISO 8601
/// with the site's offset) and the paths that must then answer 410 (its URL, its <c>redirect_from</c> URLs, its
/// media), plus the 410 page and the headers to send with it. The function imports the file when the deploy is
/// bundled, and answers 404 to anyone who asks for it.
/// </summary>
public sealed class GenerateTakedownManifest(BuildContext build, string storiesPipeline, string contentPipeline, string listingsPipeline) : IModule
{
    public const string OutputPath = "_takedown.json";

    public ValueTask<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var stories = context.OutputsOf(contentPipeline)
            .Where(d => d.Get<ParsedContent>().FrontMatter is StoryFrontMatter)
            .Select(d => (Document: d, Parsed: d.Get<ParsedContent>(), Story: (StoryFrontMatter)d.Get<ParsedContent>().FrontMatter))
            .OrderBy(s => s.Parsed.Url, StringComparer.Ordinal)
            .ToList();
        // A withdrawn story's media is gone already (and no published story may list it).
        var gone = Withdrawal.From(context.OutputsOf(storiesPipeline)).SelectMany(w => w.Paths).ToHashSet(StringComparer.Ordinal);
        var gonePage = context.OutputsOf(listingsPipeline).FirstOrDefault(d => d.OutputPath == "410.html")?.Content as TextContent;

        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", 1);
            json.WriteString("time_zone", build.Settings.TimeZone);
            json.WriteStartArray("stories");
            foreach (var (source, parsed, story) in stories)
            {
                json.WriteStartObject();
                json.WriteString("id", story.Id);
                json.WriteString("withdraw_at", Takedown.Iso(story.Consent, build.Zone));
                json.WriteStartArray("paths");
                foreach (var path in story.RedirectFrom.Prepend(parsed.Url).Concat(StoryMedia.Of(source)).Where(p => !gone.Contains(p)).Distinct(StringComparer.Ordinal))
                {
                    json.WriteStringValue(path);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("gone_headers");
            json.WriteString("Content-Type", "text/html; charset=utf-8");
            json.WriteString("Cache-Control", "no-store");
            json.WriteString("X-Robots-Tag", "noindex");
            json.WriteString("Content-Security-Policy", GenerateHeaders.ContentSecurityPolicy(build.Settings.Comments));
            json.WriteString("X-Content-Type-Options", "nosniff");
            json.WriteString("Referrer-Policy", "strict-origin-when-cross-origin");
            json.WriteEndObject();
            json.WriteString("gone_page", gonePage?.Text ?? "<!DOCTYPE html><title>Gone</title><p>This story is no longer available.</p>");
            json.WriteEndObject();
        }

        var document = new Document("generated:/" + OutputPath)
        {
            OutputPath = OutputPath,
            Content = DocumentContent.FromText(System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n"),
        };
        return ValueTask.FromResult(ImmutableArray.Create(document));
    }
}
