using System.Collections.Immutable;
using Site.Content.Builds;
using Site.Content.Compliance;
using Site.Content.Formats;
using Site.Content.Markdown;
using Site.Content.Model;
using Site.Content.Pages;
using Site.Content.Sources;
using Site.Engine.Diagnostics;
using Site.Engine.Documents;
using Site.Engine.Modules;
using Site.Engine.Pipelines;

namespace Site.Content.Takedown;

/// <summary>
/// A warning (SG5020) for every published story whose authorization expires within <c>expiry_warning_days</c>,
/// naming the date and every place in the content that links to the story or uses its media: those links are taken
/// out of their pages on the day the story is withdrawn, so the wording can be fixed before then. Passes its input on.
/// </summary>
public sealed class WarnOfExpiringStories(BuildContext build) : IModule
{
    public ValueTask<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var window = build.Settings.EffectiveCompliance.ExpiryWarningDays;
        var expiring = inputs
            .Where(d => d.TryGet<ConsentDecision>(out var decision) && decision.Publishable && d.Get<ParsedContent>().FrontMatter is StoryFrontMatter story && story.Consent.Expires.DayNumber - build.Today.DayNumber <= window)
            .ToList();
        if (expiring.Count == 0)
        {
            return ValueTask.FromResult(inputs);
        }

        var paths = expiring.ToDictionary(d => d, d => StoryPaths(d));
        var linkedFrom = expiring.ToDictionary(d => d, _ => new List<string>());

        // A link can lead to one of these stories only if it holds the last segment of one of their paths.
        var names = System.Buffers.SearchValues.Create(paths.Values.SelectMany(p => p).Select(p => p[(p.LastIndexOf('/') + 1)..]).Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToArray(), StringComparison.OrdinalIgnoreCase);
        foreach (var page in inputs.Where(d => d.TryGet<RenderedMarkdown>(out _)))
        {
            var parsed = page.Get<ParsedContent>();
            foreach (var link in page.Get<RenderedMarkdown>().Links)
            {
                if (link.Url.AsSpan().IndexOfAny(names) < 0 || SitePath.Resolve(parsed.Url, link.Url, build.BaseUrl) is not { } path)
                {
                    continue;
                }

                foreach (var story in expiring.Where(s => s != page && paths[s].Contains(path)))
                {
                    linkedFrom[story].Add($"{page.SourcePath}:{link.Line}:{link.Column}");
                }
            }
        }

        foreach (var document in expiring)
        {
            var parsed = document.Get<ParsedContent>();
            var consent = ((StoryFrontMatter)parsed.FrontMatter).Consent;
            var days = consent.Expires.DayNumber - build.Today.DayNumber;
            var when = days == 0 ? "today" : days == 1 ? "tomorrow" : $"in {days} days";
            var links = linkedFrom[document];
            var then = links.Count == 0
                ? string.Empty
                : $"; when it is withdrawn on {Dates.Iso(consent.Expires.AddDays(1))} the links to it are taken out of their pages, so reword them now: {string.Join(", ", links)}";
            context.Diagnostics.Report(Diagnostic.Warning(
                DiagnosticCodes.AuthorizationExpiresSoon,
                parsed.Locations["consent.expires"],
                $"authorization {consent.AuthorizationId} expires on {Dates.Iso(consent.Expires)} ({when}); renew it with the patient, or the story is withdrawn after that date{then}"));
        }

        return ValueTask.FromResult(inputs);
    }

    private HashSet<string> StoryPaths(Document story)
    {
        var parsed = story.Get<ParsedContent>();
        var frontMatter = (StoryFrontMatter)parsed.FrontMatter;
        return frontMatter.RedirectFrom.Prepend(parsed.Url).Concat(StoryMedia.Of(story)).Select(SitePath.Normalize).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }
}
