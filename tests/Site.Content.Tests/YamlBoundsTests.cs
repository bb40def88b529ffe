using Site.Content.FrontMatter;
using Site.Content.Model;
using Site.Engine.Diagnostics;
using Xunit;

namespace Site.Content.Tests;

/// <summary>YAML that expands without end is answered at once.</summary>
public sealed class YamlBoundsTests
{
    [Fact]
    public async Task Aliases_that_expand_to_a_billion_items_are_answered_at_once()
    {
        var yaml = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
            + string.Concat("bcdefghi".Select((c, i) => $"{c}: &{c} [{string.Join(", ", Enumerable.Repeat("*" + "abcdefghi"[i], 10))}]\n"))
            + "title: *i\nsummary: s\n";
        var bag = new DiagnosticBag();

        var bound = await Task.Run(
            () => YamlLoader.LoadMapping(yaml, "input/pages/lol.md", 2, bag) is { } mapping ? StrictBinder.Bind<PageFrontMatter>(mapping, "input/pages/lol.md", 2, bag) : null,
            TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        Assert.Null(bound);
        Assert.Contains(bag.ToSortedList(), d => d.Code == "SG2005" && d.Message.Contains("'title'", StringComparison.Ordinal));
    }
}
