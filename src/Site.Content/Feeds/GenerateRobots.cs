using System.Collections.Immutable;
using Site.Content.Builds;
using Site.Content.Model;
using Site.Engine.Documents;
using Site.Engine.Modules;
using Site.Engine.Pipelines;

namespace Site.Content.Feeds;

/// <summary>
/// Writes <c>robots.txt</c>: production invites crawlers and names the sitemap; every other deploy context
/// (previews, branch deploys, local builds) asks crawlers to stay away.
/// </summary>
public sealed class GenerateRobots(BuildContext build) : IModule
{
    public const string OutputPath = "robots.txt";

    /// <summary>Depends only on the deploy context and the site's address, which a session does not change.</summary>
    public Signature? DependsOn(ImmutableArray<Document> inputs, PipelineContext context) => Signature.Of(build.Context, build.BaseUrl);

    public ValueTask<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var text = !DeployContexts.Noindex(build.Context)
            ? $"User-agent: *\nAllow: /\n\nSitemap: {build.AbsoluteUrl("/" + GenerateSitemap.OutputPath)}\n"
            : "# Not the production site: please do not index.\nUser-agent: *\nDisallow: /\n";
        var document = new Document("generated:/" + OutputPath) { OutputPath = OutputPath, Content = DocumentContent.FromText(text) };
        return ValueTask.FromResult(ImmutableArray.Create(document));
    }
}
