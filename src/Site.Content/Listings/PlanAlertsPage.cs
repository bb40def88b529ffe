using System.Collections.Immutable;
using Site.Content.Alerts;
using Site.Content.Builds;
using Site.Content.Model;
using Site.Content.Pages;
using Site.Content.Views;
using Site.Engine.Documents;
using Site.Engine.Modules;
using Site.Engine.Pipelines;

namespace Site.Content.Listings;

/// <summary>
/// Adds the <c>/alerts/</c> page to the documents flowing through: every alert in effect with when it was last
/// updated, or a plain sentence that there is none. It is planned for <see cref="ApplyLayout"/> like a listing.
/// </summary>
public sealed class PlanAlertsPage(BuildContext build) : IModule
{
    public ValueTask<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var page = new PageView
        {
            Kind = "alerts",
            Title = "Alerts and closures",
            Summary = $"Closures, changes to services and emergencies at {build.Settings.Organization.Name}, while they are in effect.",
            Url = AlertSet.PageUrl,
            CanonicalUrl = build.AbsoluteUrl(AlertSet.PageUrl),
            Lang = build.Settings.Language,
            ActiveAlerts = build.Alerts.Select(a => a.View).ToList(),
        };
        var document = new Document("generated:" + AlertSet.PageUrl) { OutputPath = PagePlanner.OutputPathFor(AlertSet.PageUrl) }
            .With(new PageLayout("alerts", page));
        return ValueTask.FromResult(inputs.Add(document));
    }

    /// <summary>The alerts page stands for the same while the same alerts are in effect; the listings it follows keep their own identity.</summary>
    public bool Same(Document before, Document now) =>
        before.Id == "generated:" + AlertSet.PageUrl
            ? before.Get<PageLayout>().Page.ActiveAlerts.SequenceEqual(now.Get<PageLayout>().Page.ActiveAlerts)
            : ReferenceEquals(before, now);
}
