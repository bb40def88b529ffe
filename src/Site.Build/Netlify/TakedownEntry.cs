using Site.Content.Builds;
using Site.Content.Compliance;
using Site.Content.Model;
using Site.Content.Sources;
using Site.Content.Takedown;
using Site.Engine.Documents;
using Site.Engine.Modules;
using Site.Engine.Pipelines;

namespace Site.Build.Netlify;

/// <summary>
/// One published story's entry of <c>_takedown.json</c>: its id, the instant its authorization ends, and its paths
/// (URL, old URLs, media, without the media of withdrawn stories, which are gone already). Other documents pass
/// nowhere. An entry is made again only when its story or the set of withdrawn paths changes.
/// </summary>
public sealed class TakedownEntry(BuildContext build, string withdrawalsPipeline) : IDocumentModule
{
    public Signature DependsOn(Document input, PipelineContext context) => context.Once((this, "signature"), () => Signature.Of(Gone(context)));

    public IEnumerable<Document> Execute(Document input, PipelineContext context)
    {
        var parsed = input.Get<ParsedContent>();
        if (parsed.FrontMatter is not StoryFrontMatter story)
        {
            yield break;
        }

        var gone = Gone(context);
        var paths = story.RedirectFrom.Prepend(parsed.Url).Concat(StoryMedia.Of(input)).Where(p => !gone.Contains(p)).Distinct(StringComparer.Ordinal);
        var text = $"    {{\n      \"id\": {GenerateTakedownManifest.Quote(story.Id)},\n      \"withdraw_at\": {GenerateTakedownManifest.Quote(Takedown.Iso(story.Consent, build.Zone))},\n      \"paths\": [\n{string.Join(",\n", paths.Select(p => "        " + GenerateTakedownManifest.Quote(p)))}\n      ]\n    }}";
        yield return new Document("takedown:" + parsed.Url) { Content = DocumentContent.FromText(text) };
    }

    private SortedSet<string> Gone(PipelineContext context) =>
        context.Once(this, () => new SortedSet<string>(Withdrawals.In(context, withdrawalsPipeline).SelectMany(w => w.Paths), StringComparer.Ordinal));
}
