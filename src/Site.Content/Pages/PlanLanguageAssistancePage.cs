using System.Collections.Immutable;
using Site.Content.Builds;
using Site.Content.Formats;
using Site.Content.Model;
using Site.Content.Views;
using Site.Engine.Documents;
using Site.Engine.Modules;
using Site.Engine.Pipelines;

namespace Site.Content.Pages;

/// <summary>
/// Adds the language assistance page (<see cref="PageUrl"/>) when site.yml has <c>language_assistance</c>: the notice
/// of nondiscrimination and the taglines, each in its own language. Its texts come from site.yml alone, and a change
/// there rebuilds everything, so the page is the same document from one preview build to the next.
/// </summary>
public sealed class PlanLanguageAssistancePage(BuildContext build) : IModule
{
    public const string PageUrl = "/language-assistance/";

    public const string Layout = "language-assistance";

    private const string Id = "generated:" + PageUrl;

    /// <summary>What templates see of the section, or null without one.</summary>
    public static LanguageAssistanceView? ViewOf(SiteSettings settings)
    {
        if (settings.LanguageAssistance is not { } assistance)
        {
            return null;
        }

        var notice = assistance.Notice.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => string.Join(' ', p.Split('\n', StringSplitOptions.TrimEntries)))
            .ToList();
        return new LanguageAssistanceView(
            PageUrl,
            assistance.Title.Trim(),
            assistance.Intro?.Trim(),
            notice,
            (assistance.Phone ?? settings.Organization.Phone).Trim(),
            assistance.Tty?.Trim(),
            assistance.Sample,
            assistance.Languages.Select(t => new TaglineView(t.Lang.Trim(), t.Name.Trim(), t.Text.Trim(), PageLanguage.IsRightToLeft(t.Lang.Trim()) ? "rtl" : null)).ToList());
    }

    public ValueTask<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        if (build.Site.LanguageAssistance is not { } view)
        {
            return ValueTask.FromResult(inputs);
        }

        var page = new PageView
        {
            Kind = Layout,
            Title = view.Title,
            Summary = view.Intro ?? $"Free language assistance at {build.Settings.Organization.Name}, and our notice of nondiscrimination.",
            Url = PageUrl,
            CanonicalUrl = build.AbsoluteUrl(PageUrl),
            Lang = build.Settings.Language,
        };
        var document = new Document(Id) { OutputPath = PagePlanner.OutputPathFor(PageUrl) }.With(new PageLayout(Layout, page));
        return ValueTask.FromResult(inputs.Add(document));
    }

    /// <summary>The page is the same while site.yml is (a change to it starts the preview's memory afresh).</summary>
    public bool Same(Document before, Document now) => before.Id == Id || ReferenceEquals(before, now);
}
