using System.Globalization;
using Site.Build;

namespace Site.Cli.Commands;

/// <summary>
/// The short compliance table on stderr: how many stories are published, withdrawn, pending; then every story
/// that is not published or whose authorization or review needs attention soon (the full list is in --report).
/// </summary>
public static class StoryTable
{
    private const int MaxRows = 20;

    public static void Write(TextWriter stderr, BuildResult result)
    {
        if (result.Stories.Count == 0)
        {
            return;
        }

        var counts = result.Stories.GroupBy(s => s.Status).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}");
        stderr.WriteLine($"site build: stories: {string.Join(", ", counts)}");
        var soon = result.Today.AddDays(60);
        var notable = result.Stories
            .Where(s => s.Status != "published" || s.Expires <= soon || s.NextReview < result.Today)
            .OrderBy(s => s.Status == "published" ? 1 : 0)
            .ThenBy(s => s.Expires)
            .ToList();
        if (notable.Count == 0)
        {
            return;
        }

        stderr.WriteLine("  status     expires     next review  story (reason)");
        foreach (var story in notable.Take(MaxRows))
        {
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {story.Status,-9}  {story.Expires:yyyy-MM-dd}  {story.NextReview:yyyy-MM-dd}   {story.Source} ({story.Reason})"));
        }

        if (notable.Count > MaxRows)
        {
            stderr.WriteLine($"  ... and {notable.Count - MaxRows} more: see --report FILE.json");
        }
    }
}
