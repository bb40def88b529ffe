using Site.Content.Compliance;
using Site.Content.Model;
using Site.Content.Sources;
using Site.Engine.Documents;

namespace Site.Content.Takedown;

/// <summary>
/// A story that was published and must now be gone everywhere: its URL, the URLs it had before
/// (<c>redirect_from</c>), the media it used, who and what it names (so that a link to it can be reworded), the day
/// the withdrawal took effect, and why.
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

    /// <summary>The story's slug (the last segment of its URL).</summary>
    public string Slug { get; init; } = string.Empty;

    /// <summary>How the story names its patient (<c>patient.name</c>).</summary>
    public string PatientName { get; init; } = string.Empty;

    /// <summary>The first day the story is no longer published: the day of revocation, or the day after expiry.</summary>
    public DateOnly Since { get; init; }

    /// <summary>Every root-relative path of the story: its URL, its old URLs and its media.</summary>
    public IEnumerable<string> Paths => OldUrls.Prepend(Url).Concat(Media);

    /// <summary>The withdrawals among a stories pipeline's output: stories whose authorization was revoked or has expired.</summary>
    public static IReadOnlyList<Withdrawal> From(IEnumerable<Document> stories) =>
        stories
            .Where(d => d.TryGet<ConsentDecision>(out var consent) && consent.IsWithdrawn)
            .Select(d =>
            {
                var parsed = d.Get<ParsedContent>();
                var story = (StoryFrontMatter)parsed.FrontMatter;
                var since = story.Consent is { Status: ConsentStatus.Revoked, RevokedOn: { } revoked } ? revoked : story.Consent.Expires.AddDays(1);
                return new Withdrawal(d.SourcePath!, story.Title, parsed.Url, story.RedirectFrom, StoryMedia.Of(d), d.Get<ConsentDecision>().Reason)
                {
                    Slug = parsed.Slug,
                    PatientName = story.Patient.Name,
                    Since = since,
                };
            })
            .OrderBy(w => w.Url, StringComparer.Ordinal)
            .ToList();
}
