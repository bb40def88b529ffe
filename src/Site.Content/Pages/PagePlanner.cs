using System.Globalization;
using Site.Content.Builds;
using Site.Content.Comments;
using Site.Content.Formats;
using Site.Content.Markdown;
using Site.Content.Model;
using Site.Content.Sources;
using Site.Content.Views;

namespace Site.Content.Pages;

/// <summary>Turns parsed content into the view models templates see: the page itself, and its entry in listings.</summary>
public static class PagePlanner
{
    public static string OutputPathFor(string url) => url.TrimStart('/') + "index.html";

    /// <summary>The <see cref="PageView.ThemeLang"/> of a page written in <paramref name="lang"/> on a site in <paramref name="siteLanguage"/>.</summary>
    public static string ThemeLangFor(string? lang, string siteLanguage)
    {
        if (lang is null || string.Equals(lang.Trim(), siteLanguage, StringComparison.OrdinalIgnoreCase))
        {
            return string.Empty;
        }

        var siteRtl = Formats.PageLanguage.IsRightToLeft(siteLanguage);
        var dir = siteRtl == Formats.PageLanguage.IsRightToLeft(lang) ? string.Empty : siteRtl ? " dir=\"rtl\"" : " dir=\"ltr\"";
        return $" lang=\"{System.Net.WebUtility.HtmlEncode(siteLanguage)}\"{dir}";
    }

    public static PageView ForContent(ParsedContent parsed, RenderedMarkdown rendered, BuildContext build, VoteTotals? votes = null, RenderedTranscript? transcript = null)
    {
        var frontMatter = parsed.FrontMatter;
        var html = rendered.Html;
        var view = new PageView
        {
            Kind = parsed.Kind.ToString().ToLowerInvariant(),
            Title = frontMatter.Title,
            Summary = frontMatter.Summary,
            Url = parsed.Url,
            CanonicalUrl = build.AbsoluteUrl(parsed.Url),
            Lang = frontMatter.Lang ?? build.Settings.Language,
            ThemeLang = ThemeLangFor(frontMatter.Lang, build.Settings.Language),
            Content = html,
            Date = frontMatter.Date is { } date ? Dates.Human(date) : null,
            DateIso = frontMatter.Date is { } iso ? Dates.Iso(iso) : null,
            Updated = frontMatter.Updated is { } updated ? Dates.Human(updated) : null,
            UpdatedIso = frontMatter.Updated is { } updatedIso ? Dates.Iso(updatedIso) : null,
            Image = ImageFor(frontMatter.Image),
            Video = ParseContent.VideoOf(frontMatter) is { } video ? VideoFor(video, frontMatter, transcript, build.Settings.Language) : null,
            Gallery = frontMatter.Gallery.Select(GalleryPhotoFor).ToList(),
            ServiceLines = ServiceLineLinks(frontMatter.ServiceLines, build.Settings),
            Tags = frontMatter.Tags.Select(t => new LinkView(build.Settings.TagDisplayName(t), $"/tags/{t}/")).ToList(),
            Breadcrumbs = BreadcrumbsFor(parsed, frontMatter.Title),
        };
        if (parsed.Kind is ContentKind.Story or ContentKind.Article)
        {
            var minutes = ReadingTime.Minutes(html);
            view = view with { ReadingTime = ReadingTime.Label(minutes), ReadingTimeIso = $"PT{minutes}M" };
        }

        var crisisTags = build.Settings.EffectiveCompliance.EffectiveCrisisTags;
        view = view with { CrisisLine = frontMatter.Tags.Any(t => crisisTags.Contains(t, StringComparer.Ordinal)) };
        view = frontMatter switch
        {
            StoryFrontMatter story => view with { PatientName = story.Patient.Name, Review = ReviewFor(story.Review), Comments = CommentsFor(story, build.Settings.Comments, votes) },
            ArticleFrontMatter article => view with { Author = article.Author, Review = ReviewFor(article.Review) },
            EventFrontMatter happening => view with { Event = EventPlanner.ViewFor(happening, parsed.Url, build.Now, build.Zone, build.Settings.Organization.PhoneRegion) },
            _ => view,
        };
        view = SharePlanner.Apply(view, build);
        return view with { JsonLd = StructuredData.For(frontMatter, view, build), BreadcrumbsJsonLd = StructuredData.Breadcrumbs(view.Breadcrumbs, build) };
    }

    /// <summary>Home, the listing of the page's kind (stories, articles, events) if it has one, and the page itself.</summary>
    public static IReadOnlyList<LinkView> BreadcrumbsFor(ParsedContent parsed, string title)
    {
        var trail = new List<LinkView> { new("Home", "/") };
        if (ContentKinds.Of(parsed.Kind).Listing is { } listing && listing.Url != parsed.Url)
        {
            trail.Add(new LinkView(listing.Title, listing.Url));
        }

        if (parsed.Url != "/")
        {
            trail.Add(new LinkView(title, parsed.Url));
        }

        return trail.Count > 1 ? trail : [];
    }

    /// <summary>
    /// The entry of a piece of content in listings. An event's card shows when it takes place (not the day it was
    /// announced) and, given the build's moment, its status or that it is happening now.
    /// </summary>
    public static EntryView EntryFor(ParsedContent parsed, TimeZoneInfo zone, DateTime? now = null)
    {
        var frontMatter = parsed.FrontMatter;
        var (date, dateIso) = frontMatter switch
        {
            EventFrontMatter happening => (EventPlanner.When(happening, zone), EventPlanner.StartIso(happening, zone)),
            { Date: { } day } => (Dates.Human(day), Dates.Iso(day)),
            _ => (string.Empty, string.Empty),
        };
        return new(
            ContentKinds.Of(parsed.Kind).Label,
            frontMatter.Title,
            parsed.Url,
            frontMatter.Summary,
            date,
            dateIso,
            ImageFor(frontMatter.Image),
            frontMatter is StoryFrontMatter story ? Compliance.Takedown.Iso(story.Consent, zone) : string.Empty,
            frontMatter is EventFrontMatter shown && now is { } moment ? EventPlanner.Badge(shown, moment, zone) : string.Empty);
    }

    public static IReadOnlyList<LinkView> ServiceLineLinks(IReadOnlyList<string> slugs, SiteSettings settings) =>
        slugs.Select(slug => new LinkView(settings.ServiceLines.First(s => s.Slug == slug).Name, $"/services/{slug}/")).ToList();

    private static CommentsView? CommentsFor(StoryFrontMatter story, CommentSettings? settings, VoteTotals? votes)
    {
        if (settings is null || !story.Comments)
        {
            return null;
        }

        var provider = CommentProviders.For(settings.Provider);
        var data = provider.Attributes(settings).Select(a => new DataAttributeView(a.Name, a.Value)).ToList();
        return new CommentsView(provider.Module, story.Id, data, settings.Guidelines, provider.Disclosure(settings), votes is null ? null : VotesFor(votes));
    }

    public static VotesView VotesFor(VoteTotals votes)
    {
        var culture = CultureInfo.InvariantCulture;
        var summary = votes.Total == 0
            ? "No votes yet"
            : string.Create(culture, $"{votes.Points} {(Math.Abs(votes.Points) == 1 ? "point" : "points")} · {votes.Up} {(votes.Up == 1 ? "upvote" : "upvotes")}, {votes.Down} {(votes.Down == 1 ? "downvote" : "downvotes")} · {votes.UpvotePercent}% upvoted");
        return new VotesView(votes.Points, votes.Up, votes.Down, votes.Total, votes.UpvotePercent, summary);
    }

    /// <summary>The view of a video: its file and captions, or its provider's embed and watch addresses.</summary>
    public static VideoView VideoFor(VideoRef video, IContentFrontMatter frontMatter, RenderedTranscript? transcript, string siteLanguage)
    {
        var view = new VideoView(
            video.Title ?? frontMatter.Title,
            ImageFor(video.Poster)!,
            transcript?.Html ?? string.Empty,
            Dates.Iso(video.UploadDate ?? frontMatter.Date ?? DateOnly.MinValue),
            Duration: video.Duration?.Trim(),
            DurationIso: video.Duration is { } duration ? CheckVideo.IsoDuration(duration) : null);
        if (video.File is { } file)
        {
            return view with
            {
                SourceUrl = "/" + file.TrimStart('/'),
                SourceType = CheckVideo.FileTypes.GetValueOrDefault(Path.GetExtension(file), "video/mp4"),
                CaptionsUrl = video.Captions is { } captions ? "/" + captions.TrimStart('/') : null,
                CaptionsLang = frontMatter.Lang ?? siteLanguage,
                CaptionsLabel = video.CaptionsLabel ?? "Captions",
            };
        }

        var provider = VideoProvider.For(video.Provider)!;
        return view with { Provider = provider.Name, Company = provider.Company, EmbedUrl = provider.Embed(video.Id!), WatchUrl = provider.Watch(video.Id!) };
    }

    private static ImageView? ImageFor(ImageRef? image) =>
        image is null ? null : new ImageView("/" + image.Src.TrimStart('/'), image.Alt);

    private static GalleryPhotoView GalleryPhotoFor(GalleryPhoto photo)
    {
        var url = "/" + photo.Src.TrimStart('/');
        return new GalleryPhotoView(new ImageView(url, photo.Alt.Trim()), url, photo.Caption?.Trim());
    }

    private static ReviewView ReviewFor(MedicalReview review) =>
        new(review.ReviewedBy, Dates.Human(review.ReviewedOn), Dates.Iso(review.ReviewedOn));
}
