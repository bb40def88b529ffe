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
    LanguageAssistance? LanguageAssistance = null)
{
    public CompliancePolicy EffectiveCompliance => Compliance ?? CompliancePolicy.Default;

    public ImageSettings EffectiveImages => Images ?? ImageSettings.Default;
}
