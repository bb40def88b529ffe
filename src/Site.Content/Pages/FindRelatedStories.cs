using System.Collections.Immutable;
using Site.Content.Builds;
using Site.Content.Model;
using Site.Content.Sources;
using Site.Content.Views;
using Site.Engine.Documents;
using Site.Engine.Modules;
using Site.Engine.Pipelines;

namespace Site.Content.Pages;

/// <summary>The stories shown at the end of a story, and the document they were chosen for.</summary>
public sealed record RelatedStories(Document For, IReadOnlyList<EntryView> Entries);

/// <summary>
/// Chooses, for each story, <see cref="Count"/> other stories to show at its end: those sharing the most service
/// lines (each worth <see cref="ServiceLineWeight"/>) and tags (each worth one), then the newest; when fewer than
/// <see cref="Count"/> share anything, the newest other stories fill the list. Only stories on the public site are
/// chosen: never a withdrawn one (they are not in the content), nor one the preview shows with a notice (a draft, a
/// scheduled story, one waiting for its authorization). A translation is not chosen either: like listings, the list is
/// in the site's language (readers reach a translation from its original's language switch).
/// </summary>
public sealed class FindRelatedStories(BuildContext build) : IModule
{
    public const int Count = 3;

    public const int ServiceLineWeight = 3;

    public ValueTask<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var stories = inputs
            .Where(d => d.Get<ParsedContent>() is { Kind: ContentKind.Story, FrontMatter.TranslationOf: null } && PlanContentPage.NoticeFor(d, build) is null)
            .Select(d => d.Get<ParsedContent>())
            .OrderByDescending(p => p.FrontMatter.Date)
            .ThenBy(p => p.Url, StringComparer.Ordinal)
            .ToList();
        var rank = stories.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
        var byKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < stories.Count; i++)
        {
            foreach (var key in Keys(stories[i]))
            {
                if (!byKey.TryGetValue(key.Key, out var list))
                {
                    byKey[key.Key] = list = [];
                }

                list.Add(i);
            }
        }

        var entries = new Dictionary<ParsedContent, EntryView>();
        EntryView Entry(ParsedContent p) =>
            entries.TryGetValue(p, out var entry) ? entry : entries[p] = PagePlanner.EntryFor(p, build.Zone, build.Now);

        var output = ImmutableArray.CreateBuilder<Document>(inputs.Length);
        var scores = new int[stories.Count];
        var touched = new List<int>();
        foreach (var document in inputs)
        {
            var parsed = document.Get<ParsedContent>();
            if (parsed.Kind != ContentKind.Story)
            {
                output.Add(document);
                continue;
            }

            var self = rank.TryGetValue(parsed, out var index) ? index : -1;
            foreach (var key in Keys(parsed))
            {
                foreach (var other in byKey.GetValueOrDefault(key.Key, []))
                {
                    if (other != self)
                    {
                        if (scores[other] == 0)
                        {
                            touched.Add(other);
                        }

                        scores[other] += key.Weight;
                    }
                }
            }

            var chosen = Best(scores, touched);
            foreach (var other in touched)
            {
                scores[other] = 0;
            }

            touched.Clear();
            for (var i = 0; chosen.Count < Count && i < stories.Count; i++)
            {
                if (i != self && !chosen.Contains(i))
                {
                    chosen.Add(i);
                }
            }

            output.Add(document.With(new RelatedStories(document, chosen.Select(i => Entry(stories[i])).ToList())));
        }

        return ValueTask.FromResult(output.MoveToImmutable());
    }

    /// <summary>The same story with the same choice as the last run: the steps after keep what they made of it.</summary>
    public bool Same(Document before, Document now) =>
        (before.TryGet<RelatedStories>(out var a), now.TryGet<RelatedStories>(out var b)) switch
        {
            (true, true) => ReferenceEquals(a!.For, b!.For) && a.Entries.SequenceEqual(b.Entries),
            (false, false) => ReferenceEquals(before, now),
            _ => false,
        };

    /// <summary>
    /// The <see cref="Count"/> stories of <paramref name="touched"/> with the highest scores, a tie going to the newer
    /// (lower rank): one pass, as a full sort of every story sharing a key cost a second at 4,000 stories.
    /// </summary>
    private static List<int> Best(int[] scores, List<int> touched)
    {
        var best = new List<int>(Count + 1);
        foreach (var candidate in touched)
        {
            var at = best.Count;
            while (at > 0 && Better(candidate, best[at - 1], scores))
            {
                at--;
            }

            if (at < Count)
            {
                best.Insert(at, candidate);
                if (best.Count > Count)
                {
                    best.RemoveAt(Count);
                }
            }
        }

        return best;
    }

    private static bool Better(int a, int b, int[] scores) => scores[a] > scores[b] || (scores[a] == scores[b] && a < b);

    private static IEnumerable<(string Key, int Weight)> Keys(ParsedContent story) =>
        story.FrontMatter.ServiceLines.Distinct(StringComparer.Ordinal).Select(s => ("service:" + s, ServiceLineWeight))
            .Concat(story.FrontMatter.Tags.Distinct(StringComparer.Ordinal).Select(t => ("tag:" + t, 1)));
}
