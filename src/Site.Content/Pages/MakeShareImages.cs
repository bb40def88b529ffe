using System.Collections.Immutable;
using Site.Content.Builds;
using Site.Content.Images;
using Site.Engine.Diagnostics;
using Site.Engine.Documents;
using Site.Engine.Modules;
using Site.Engine.Pipelines;

namespace Site.Content.Pages;

/// <summary>
/// The share image of each page the pages pipeline published with one (<see cref="Views.PageView.ShareImage"/>): a page
/// that is not published (a withdrawn story, a draft) has none, so its picture is never made. Answered from the
/// cache when it holds the picture (<see cref="ShareImages.Make"/>).
/// </summary>
public sealed class MakeShareImages(BuildContext build) : IDocumentModule
{
    public IEnumerable<Document> Execute(Document input, PipelineContext context)
    {
        if (!input.TryGet<Views.PageLayout>(out var planned) || planned.Page.ShareImage is null || input.OutputPath is null)
        {
            yield break;
        }

        if (SharePlanner.ImageOf(planned.Page, build) is { } image)
        {
            yield return new Document("share:" + image.OutputPath) { SourcePath = input.SourcePath, OutputPath = image.OutputPath, Content = build.Shares.Make(image) };
        }
    }
}

/// <summary>Adds the site's default share image, which every page without its own names.</summary>
public sealed class AddDefaultShareImage(BuildContext build) : IModule
{
    public ValueTask<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var image = build.Shares.Default;
        if (!build.Shares.HasFont)
        {
            var at = new SourceLocation(build.Shares.FontShownAs);
            context.Diagnostics.Report(Diagnostic.Warning(DiagnosticCodes.ShareFontMissing, at, $"the theme has no font for share images ({build.Shares.FontShownAs} is missing or not a TrueType or OpenType font), so they show no title; copy a font there (the default theme's is Inter Bold, under the SIL Open Font License)"));
        }

        return ValueTask.FromResult(inputs.Add(new Document("share:" + image.OutputPath) { OutputPath = image.OutputPath, Content = build.Shares.Make(image) }));
    }

    public Signature? DependsOn(ImmutableArray<Document> inputs, PipelineContext context) => Signature.Of(build.Shares.Default.Key, inputs);
}
