namespace Site.Content.Views;

/// <summary>
/// The page being rendered, as templates see it. Fields that do not apply to a kind of page are null or empty;
/// templates test them with <c>{% if %}</c>. Dates are already formatted, so templates hold no date logic.
/// </summary>
public sealed record PageView
{
    public required string Kind { get; init; }

    public required string Title { get; init; }

    public required string Summary { get; init; }

    public required string Url { get; init; }

    public required string CanonicalUrl { get; init; }

    public required string Lang { get; init; }

    /// <summary><c>rtl</c> when <see cref="Lang"/> is written right to left (Arabic, Hebrew, Persian, Urdu...), else null.</summary>
    public string? Dir => Formats.PageLanguage.IsRightToLeft(Lang) ? "rtl" : null;

    /// <summary>
    /// On a page in another language than the site's: <c> lang="en"</c> (the site's language, with <c>dir</c> when the
    /// direction differs), for the elements that hold the theme's own words (menus, labels, notices), so that a screen
    /// reader reads them in their language (WCAG 3.1.2); else empty. Templates write it raw inside a start tag.
    /// </summary>
    public string ThemeLang { get; init; } = string.Empty;

    public string Content { get; init; } = string.Empty;

    public string? Date { get; init; }

    public string? DateIso { get; init; }

    public string? Updated { get; init; }

    public string? UpdatedIso { get; init; }

    public ImageView? Image { get; init; }

    /// <summary>The video of a story or an article, shown below the header, with its transcript.</summary>
    public VideoView? Video { get; init; }
    /// <summary>The photos of the page's gallery, in order; empty without one.</summary>
    public IReadOnlyList<GalleryPhotoView> Gallery { get; init; } = [];

    public IReadOnlyList<LinkView> ServiceLines { get; init; } = [];

    public IReadOnlyList<LinkView> Tags { get; init; } = [];

    public string? PatientName { get; init; }

    public string? Author { get; init; }

    public ReviewView? Review { get; init; }

    public EventView? Event { get; init; }

    public ListView? List { get; init; }

    /// <summary>On the home page: the next upcoming events, soonest first.</summary>
    public IReadOnlyList<EntryView> UpcomingEvents { get; init; } = [];

    /// <summary>Structured data (schema.org JSON-LD) for the page, already serialized and safe to put in a script element.</summary>
    public string? JsonLd { get; init; }

    /// <summary>The alerts shown above the header of this page, most severe first.</summary>
    public IReadOnlyList<AlertView> Alerts { get; init; } = [];

    /// <summary>On the alerts page: every alert in effect, most severe first.</summary>
    public IReadOnlyList<AlertView> ActiveAlerts { get; init; } = [];

    /// <summary>The comment and vote section, on stories with comments on when the site has a widget.</summary>
    public CommentsView? Comments { get; init; }

    /// <summary>Whether the page is about a mental-health topic and shows the 988 crisis line.</summary>
    public bool CrisisLine { get; init; }

    /// <summary>A notice shown at the top of a page that is not public yet (a draft, or a story waiting for its authorization).</summary>
    public string? PreviewNotice { get; init; }

    /// <summary>The trail from the home page to this page, this page last (empty: no breadcrumbs are shown).</summary>
    public IReadOnlyList<LinkView> Breadcrumbs { get; init; } = [];

    /// <summary>schema.org BreadcrumbList JSON-LD of <see cref="Breadcrumbs"/>, or null without them.</summary>
    public string? BreadcrumbsJsonLd { get; init; }

    /// <summary>On stories and articles: how long the text takes to read ("4 minute read").</summary>
    public string? ReadingTime { get; init; }

    /// <summary>The same in ISO 8601 (PT4M), for <c>timeRequired</c>.</summary>
    public string? ReadingTimeIso { get; init; }

    /// <summary>At the end of a story: other stories on the public site, by shared service lines and tags, then newest.</summary>
    public IReadOnlyList<EntryView> Related { get; init; } = [];

    /// <summary>Whether the page belongs in sitemap.xml (the 404 page does not).</summary>
    public bool InSitemap { get; init; } = true;

    /// <summary>On the search page: whether this build made a search index, so the page can search (otherwise it says search is unavailable).</summary>
    public bool SearchAvailable { get; init; }
    /// <summary>The page's own share image (a page with a hero photo); null: the site's (<see cref="SiteView.ShareImage"/>).</summary>
    public ShareImageView? ShareImage { get; init; }

    /// <summary>The share links at the end of a story or an article; null elsewhere.</summary>
    public ShareLinksView? Share { get; init; }

    /// <summary>The page's language as Open Graph writes it (<c>en_US</c>).</summary>
    public string Locale => Formats.OpenGraphLocale.Of(Lang);
    /// <summary>
    /// Every published language version of a story or article that has translations, the original first and this
    /// page among them (<c>hreflang</c> links and the language switch); empty otherwise.
    /// </summary>
    public IReadOnlyList<TranslationView> Translations { get; init; } = [];
}
