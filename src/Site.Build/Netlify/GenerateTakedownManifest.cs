using System.Collections.Immutable;
using System.Text;
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
/// bundled, and answers 404 to anyone who asks for it. In a preview, a story's entry is written again only when the
/// story changed, and the file only when an entry did.
/// </summary>
public sealed class GenerateTakedownManifest(BuildContext build, string storiesPipeline, string contentPipeline, string listingsPipeline) : IModule
{
    public const string OutputPath = "_takedown.json";

    public ValueTask<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        // A withdrawn story's media is gone already (and no published story may list it).
        var gone = Withdrawal.From(context.OutputsOf(storiesPipeline)).SelectMany(w => w.Paths).ToHashSet(StringComparer.Ordinal);
        var goneKey = string.Join(' ', gone.Order(StringComparer.Ordinal));
        var entries = context.OutputsOf(contentPipeline)
            .Where(d => d.Get<ParsedContent>().FrontMatter is StoryFrontMatter)
            .OrderBy(d => d.Get<ParsedContent>().Url, StringComparer.Ordinal)
            .Select(d => context.Memo is { } memo
                ? ((TextContent)memo.Keep("takedown:" + d.Id, (Story: d, Gone: goneKey), (a, b) => ReferenceEquals(a.Story, b.Story) && a.Gone == b.Gone, context.Diagnostics, _ => [Entry(d, gone)])[0].Content!).Text
                : ((TextContent)Entry(d, gone).Content!).Text)
            .ToArray();
        var gonePage = (context.OutputsOf(listingsPipeline).FirstOrDefault(d => d.OutputPath == "410.html")?.Content as TextContent)?.Text
            ?? "<!DOCTYPE html><title>Gone</title><p>This story is no longer available.</p>";
        return ValueTask.FromResult(context.Memo is { } kept
            ? kept.Keep(OutputPath, (Entries: entries, Page: gonePage), (a, b) => ReferenceEquals(a.Page, b.Page) && a.Entries.Length == b.Entries.Length && a.Entries.Zip(b.Entries).All(p => ReferenceEquals(p.First, p.Second)), context.Diagnostics, _ => [Manifest(entries, gonePage)])
            : [Manifest(entries, gonePage)]);
    }

    /// <summary>One story's entry: its id, the instant, and its paths.</summary>
    private Document Entry(Document story, HashSet<string> gone)
    {
        var parsed = story.Get<ParsedContent>();
        var frontMatter = (StoryFrontMatter)parsed.FrontMatter;
        var paths = frontMatter.RedirectFrom.Prepend(parsed.Url).Concat(StoryMedia.Of(story)).Where(p => !gone.Contains(p)).Distinct(StringComparer.Ordinal);
        var text = $"    {{\n      \"id\": {Quote(frontMatter.Id)},\n      \"withdraw_at\": {Quote(Takedown.Iso(frontMatter.Consent, build.Zone))},\n      \"paths\": [\n{string.Join(",\n", paths.Select(p => "        " + Quote(p)))}\n      ]\n    }}";
        return new Document("takedown:" + story.Id) { Content = DocumentContent.FromText(text) };
    }

    private Document Manifest(string[] entries, string gonePage)
    {
        var text = new StringBuilder("{\n  \"version\": 1,\n")
            .Append("  \"time_zone\": ").Append(Quote(build.Settings.TimeZone)).Append(",\n")
            .Append("  \"stories\": [").Append(entries.Length == 0 ? string.Empty : "\n" + string.Join(",\n", entries) + "\n  ").Append("],\n")
            .Append("  \"gone_headers\": {\n")
            .Append("    \"Content-Type\": \"text/html; charset=utf-8\",\n")
            .Append("    \"Cache-Control\": \"no-store\",\n")
            .Append("    \"X-Robots-Tag\": \"noindex\",\n")
            .Append("    \"Content-Security-Policy\": ").Append(Quote(GenerateHeaders.ContentSecurityPolicy(build.Settings.Comments))).Append(",\n")
            .Append("    \"X-Content-Type-Options\": \"nosniff\",\n")
            .Append("    \"Referrer-Policy\": \"strict-origin-when-cross-origin\"\n  },\n")
            .Append("  \"gone_page\": ").Append(Quote(gonePage)).Append("\n}\n");
        return new Document("generated:/" + OutputPath) { OutputPath = OutputPath, Content = DocumentContent.FromText(text.ToString()) };
    }

    private static string Quote(string value) => JsonSerializer.Serialize(value);
}
