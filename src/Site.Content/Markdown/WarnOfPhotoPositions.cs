using Site.Content.Formats;
using Site.Content.Images;
using Site.Content.Model;
using Site.Content.Sources;
using Site.Engine.Diagnostics;
using Site.Engine.Documents;
using Site.Engine.Modules;
using Site.Engine.Pipelines;

namespace Site.Content.Markdown;

/// <summary>
/// A photo whose metadata says where it was taken is a warning (SG2031) at each place a content file uses it: the
/// front matter field, or the Markdown image at its line. The published copies carry no metadata; the warning is for
/// the original in the repository, which can show where a patient lives.
/// </summary>
public sealed class WarnOfPhotoPositions(ImageCatalog catalog) : IDocumentModule
{
    public IEnumerable<Document> Execute(Document input, PipelineContext context)
    {
        var parsed = input.Get<ParsedContent>();
        var uses = new List<(string Src, SourceLocation At)>();
        if (parsed.FrontMatter.Image is { } image)
        {
            uses.Add((image.Src, parsed.Locations["image.src"]));
        }

        for (var i = 0; i < parsed.FrontMatter.Gallery.Count; i++)
        {
            uses.Add((parsed.FrontMatter.Gallery[i].Src, parsed.Locations[$"gallery[{i}].src"]));
        }

        var video = parsed.FrontMatter switch
        {
            StoryFrontMatter story => story.Video,
            ArticleFrontMatter article => article.Video,
            _ => null,
        };
        if (video is not null)
        {
            uses.Add((video.Poster.Src, parsed.Locations["video.poster.src"]));
        }

        if (input.TryGet<RenderedMarkdown>(out var markdown))
        {
            uses.AddRange(markdown.Links
                .Where(l => l.IsImage && ImageCatalog.IsPhoto(l.Url))
                .Select(l => (l.Url, new SourceLocation(input.SourcePath!, l.Line, l.Column))));
        }

        foreach (var (src, at) in uses)
        {
            var url = src.StartsWith("media/", StringComparison.Ordinal) ? "/" + src : SitePath.Resolve(parsed.Url, src, null);
            if (url is not null && catalog.Find(url) is { HasGpsPosition: true })
            {
                context.Diagnostics.Report(Diagnostic.Warning(DiagnosticCodes.PhotoHasPosition, at, $"'{src}' holds a GPS position (where it was taken) in its metadata; the site publishes it without any, but the original in the repository can show where a patient lives: remove the location from the original (most photo apps can), then commit it again"));
            }
        }

        return [input];
    }
}
