namespace Site.Content.Model;

/// <summary>
/// The one table of content kinds, which the pipelines, parsing, page planning, listings, structured data,
/// <c>site new</c>, the build report and the tests all read. Adding a kind is a row here, its front matter record
/// and its layout.
/// </summary>
public static class ContentKinds
{
    public static readonly IReadOnlyList<ContentKindInfo> All =
    [
        new(ContentKind.Story, "stories", "stories", "/stories/", typeof(StoryFrontMatter), "story", "Patient story", "story", "story.md", "st", "Article",
            new ContentListing("/stories/", "Patient stories", "Stories from patients of {organization}, told with their permission.")),
        new(ContentKind.Article, "articles", "articles", "/articles/", typeof(ArticleFrontMatter), "article", "Health and wellness", "article", "article.md", "ar", "MedicalWebPage",
            new ContentListing("/articles/", "Health and wellness", "Articles reviewed by our clinicians.")),
        new(ContentKind.Event, "events", "events", "/events/", typeof(EventFrontMatter), "event", "Event", "event", "event.md", "ev", "Event",
            new ContentListing("/events/", "Events", "Classes, screenings and community events.")),
        new(ContentKind.Page, "pages", "plain-pages", "/", typeof(PageFrontMatter), "page", "Page", "page", "page.md", string.Empty, null, null),
    ];

    public static ContentKindInfo Of(ContentKind kind) => All.First(k => k.Kind == kind);

    /// <summary>The kind <c>site new</c> makes for a word (<c>story</c>), if any.</summary>
    public static ContentKindInfo? ForNewWord(string word) => All.FirstOrDefault(k => k.NewWord == word);
}
