using Site.Content.Markdown;
using Site.Content.Model;
using Site.Content.Sources;
using Site.Engine.Documents;

namespace Site.Content.Compliance;

/// <summary>
/// A story that was published and must now be gone everywhere: its URL, the URLs it had before
/// (<c>redirect_from</c>), the media it used, and why it was withdrawn.
/// </summary>
public sealed record Withdrawal(string Source, string Title, string Url, IReadOnlyList<string> OldUrls, IReadOnlyList<string> Media, string Reason)
{
    /// <summary>What still has to be done by hand after the build: the build cannot reach these places.</summary>
    public static readonly IReadOnlyList<string> TakedownSteps =
    [
        "delete or edit social media posts that shared the story or its photos",
        "delete old Netlify deploys that still contain the page (Deploys > deploy > Delete), or lock them with password protection",
        "ask search engines to drop the URL (Google Search Console > Removals; Bing Webmaster Tools > Content Removal)",
        "remove the story from newsletters, printed material and any other site that copied it",
        "close and purge the story's comment thread on the comment server",
    ];

    /// <summary>The withdrawals among a stories pipeline's output: stories whose authorization was revoked or has expired.</summary>
    public static IReadOnlyList<Withdrawal> From(IEnumerable<Document> stories) =>
        stories
            .Where(d => d.TryGet<ConsentDecision>(out var consent) && consent.IsWithdrawn)
            .Select(d =>
            {
                var parsed = d.Get<ParsedContent>();
                var story = (StoryFrontMatter)parsed.FrontMatter;
                var media = new List<string>();
                if (story.Image is { } image)
                {
                    media.Add("/" + image.Src.TrimStart('/'));
                }

                if (d.TryGet<RenderedMarkdown>(out var markdown))
                {
                    media.AddRange(markdown.Links.Select(l => l.Url).Where(u => u.StartsWith("/media/", StringComparison.Ordinal)));
                }

                return new Withdrawal(d.SourcePath!, story.Title, parsed.Url, story.RedirectFrom, media.Distinct(StringComparer.Ordinal).ToList(), d.Get<ConsentDecision>().Reason);
            })
            .OrderBy(w => w.Url, StringComparer.Ordinal)
            .ToList();
}
