using Site.Content.FrontMatter;

namespace Site.Content.Model;

/// <summary>The site's settings, from <c>input/site.yml</c>.</summary>
public sealed record SiteSettings(
    string Title,
    string Description,
    string BaseUrl,
    string Language,
    string TimeZone,
    Organization Organization,
    [NonEmpty] IReadOnlyList<ServiceLine> ServiceLines,
    IReadOnlyList<NavLink> Nav,
    int HomeStories = 6,
    int PageSize = 20,
    CompliancePolicy? Compliance = null,
    CommentSettings? Comments = null,
    IReadOnlyList<string>? LinkSchemes = null,
    ImageSettings? Images = null,
    Brand? Brand = null,
    IReadOnlyList<TagName>? Tags = null,
    LanguageAssistance? LanguageAssistance = null)
{
    public CompliancePolicy EffectiveCompliance => Compliance ?? CompliancePolicy.Default;

    public ImageSettings EffectiveImages => Images ?? ImageSettings.Default;

    public Brand EffectiveBrand => Brand ?? new Brand();

    /// <summary>How a tag is shown: its name in <c>tags:</c>, else a readable form of its slug ("Heart health").</summary>
    public string TagDisplayName(string slug) =>
        Tags?.FirstOrDefault(t => string.Equals(t.Slug, slug, StringComparison.Ordinal)) is { } named && !string.IsNullOrWhiteSpace(named.Name)
            ? named.Name.Trim()
            : Formats.TagNames.Readable(slug);
}
