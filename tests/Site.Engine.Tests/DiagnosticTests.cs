using Site.Engine.Diagnostics;
using Xunit;

namespace Site.Engine.Tests;

public sealed class DiagnosticTests
{
    [Fact]
    public void Prints_like_a_compiler_with_one_based_positions()
    {
        var diagnostic = Diagnostic.Error("SG3001", new SourceLocation("input/stories/maria.md", 12, 5), "link target /stories/nope/ not found");
        Assert.Equal("input/stories/maria.md:12:5: error SG3001: link target /stories/nope/ not found", diagnostic.ToString());
    }

    [Fact]
    public void Names_the_second_place_with_via()
    {
        var diagnostic = Diagnostic.Warning("SG2022", new SourceLocation("theme/layouts/story.liquid", 3, 7), "x", new SourceLocation("input/stories/a.md"));
        Assert.Equal("theme/layouts/story.liquid:3:7: warning SG2022: x (via input/stories/a.md:1:1)", diagnostic.ToString());
    }

    [Fact]
    public void Positions_are_one_based_and_use_forward_slashes()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SourceLocation("a.md", 0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SourceLocation("a.md", 1, 0));
        Assert.Equal("input/a.md", new SourceLocation(@"input\a.md").Path);
    }

    [Fact]
    public async Task The_bag_counts_and_sorts_reports_from_many_threads()
    {
        var bag = new DiagnosticBag();
        await Parallel.ForEachAsync(Enumerable.Range(1, 200), (i, _) =>
        {
            bag.Report(Diagnostic.Error("SG1", new SourceLocation($"f{i % 3}.md", 201 - i), "e"));
            bag.Report(Diagnostic.Warning("SG2", new SourceLocation("a.md", i), "w"));
            return ValueTask.CompletedTask;
        });

        var list = bag.ToSortedList();
        Assert.Equal(200, bag.ErrorCount);
        Assert.Equal(200, bag.WarningCount);
        Assert.Equal(list.OrderBy(d => d, DiagnosticOrder.Instance), list);
        Assert.Equal("a.md", list[0].Location.Path);
        Assert.Equal(1, list[0].Location.Line);
    }

    [Fact]
    public void The_same_finding_reported_twice_is_listed_once()
    {
        var bag = new DiagnosticBag();
        var diagnostic = Diagnostic.Error("SG1", new SourceLocation("a.md", 2, 3), "same");
        bag.Report(diagnostic);
        bag.Report(diagnostic with { });
        Assert.Single(bag.ToSortedList());
    }
}
