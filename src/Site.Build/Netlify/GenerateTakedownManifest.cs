using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using Site.Content.Builds;
using Site.Content.Model;
using Site.Engine.Documents;
using Site.Engine.Modules;
using Site.Engine.Pipelines;

namespace Site.Build.Netlify;

/// <summary>
/// Writes <c>_takedown.json</c> from the entries made by <see cref="TakedownEntry"/>, what the takedown edge function
/// (src/Site.Edge) needs to take a story down at the moment its authorization ends even when no build runs that day:
/// for every published story, the instant (ISO 8601 with the site's offset) and the paths that must then answer 410,
/// plus the 410 page and the headers to send with it. The function imports the file when the deploy is bundled, and
/// answers 404 to anyone who asks for it.
/// </summary>
public sealed class GenerateTakedownManifest(BuildContext build, string listingsPipeline) : IModule
{
    public const string OutputPath = "_takedown.json";

    public ValueTask<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var entries = inputs.OrderBy(d => d.Id, StringComparer.Ordinal).Select(d => ((TextContent)d.Content!).Text).ToList();
        var gonePage = GonePage(context) ?? "<!DOCTYPE html><title>Gone</title><p>This story is no longer available.</p>";
        var text = new StringBuilder("{\n  \"version\": 1,\n")
            .Append("  \"time_zone\": ").Append(Quote(build.Settings.TimeZone)).Append(",\n")
            .Append("  \"stories\": [").Append(entries.Count == 0 ? string.Empty : "\n" + string.Join(",\n", entries) + "\n  ").Append("],\n")
            .Append("  \"gone_headers\": {\n")
            .Append("    \"Content-Type\": \"text/html; charset=utf-8\",\n")
            .Append("    \"Cache-Control\": \"no-store\",\n")
            .Append("    \"X-Robots-Tag\": \"noindex\",\n")
            .Append("    \"Content-Security-Policy\": ").Append(Quote(GenerateHeaders.ContentSecurityPolicy(build.Settings.Comments))).Append(",\n")
            .Append("    \"X-Content-Type-Options\": \"nosniff\",\n")
            .Append("    \"Referrer-Policy\": \"strict-origin-when-cross-origin\"\n  },\n")
            .Append("  \"gone_page\": ").Append(Quote(gonePage)).Append("\n}\n");
        return ValueTask.FromResult(ImmutableArray.Create(new Document("generated:/" + OutputPath) { OutputPath = OutputPath, Content = DocumentContent.FromText(text.ToString()) }));
    }

    /// <summary>The file is written again only when an entry or the 410 page changes.</summary>
    public Signature? DependsOn(ImmutableArray<Document> inputs, PipelineContext context) => Signature.Of(Signature.By(inputs, d => ((TextContent)d.Content!).Text), GonePage(context));

    public static string Quote(string value) => JsonSerializer.Serialize(value);

    private string? GonePage(PipelineContext context) =>
        (context.OutputsOf(listingsPipeline).FirstOrDefault(d => d.OutputPath == "410.html")?.Content as TextContent)?.Text;
}
