using Site.Content.Formats;
using Site.Content.Markdown;
using Site.Content.Sources;
using Site.Engine.Documents;

namespace Site.Content.Takedown;

/// <summary>
/// The media files a story uses (its front matter image, its video's file, captions and poster, its gallery's photos,
/// and the <c>/media/</c> files its text links to), as root-relative paths.
/// </summary>
public static class StoryMedia
{
    public static IReadOnlyList<string> Of(Document story)
    {
        var parsed = story.Get<ParsedContent>();
        var media = new List<string>();
        if (parsed.FrontMatter.Image is { } image)
        {
            media.Add("/" + image.Src.TrimStart('/'));
        }

        if (ParseContent.VideoOf(parsed.FrontMatter) is { } video)
        {
            media.AddRange(new[] { video.File, video.Captions, video.Poster.Src }.OfType<string>().Select(m => "/" + m.TrimStart('/')));
        }
        media.AddRange(parsed.FrontMatter.Gallery.Select(photo => "/" + photo.Src.TrimStart('/')));

        if (story.TryGet<RenderedMarkdown>(out var markdown))
        {
            media.AddRange(markdown.Links
                .Where(l => l.Url.Contains("media/", StringComparison.Ordinal))
                .Select(l => SitePath.Resolve(parsed.Url, l.Url, null))
                .OfType<string>()
                .Where(u => u.StartsWith("/media/", StringComparison.Ordinal)));
        }

        return media.Distinct(StringComparer.Ordinal).ToList();
    }
}
