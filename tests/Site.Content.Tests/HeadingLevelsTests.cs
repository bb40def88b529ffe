using Site.Content.Markdown;
using Xunit;

namespace Site.Content.Tests;

/// <summary>
/// Every heading whose level is wrong is reported with the level it should have, and following every suggestion at
/// once gives an outline without a skip.
/// </summary>
public sealed class HeadingLevelsTests
{
    [Theory]
    [InlineData("3 4", "2 3")]
    [InlineData("3 4 4 3", "2 3 3 2")]
    [InlineData("2 4 3", "2 3 3")]
    [InlineData("2 4 5 2 4", "2 3 4 2 3")]
    [InlineData("4 3 2", "2 2 2")]
    [InlineData("2 3 4 2 3", "2 3 4 2 3")]
    [InlineData("5", "2")]
    [InlineData("1 3", "1 3")]
    [InlineData("2 2 6 6 3", "2 2 3 3 3")]
    public void Following_every_suggestion_gives_an_outline_without_a_skip(string written, string expected)
    {
        var outline = Outline(written);
        var fixes = HeadingLevels.Fix(outline).ToDictionary(c => c.Heading, c => c.Level);
        var result = outline.Select(h => fixes.GetValueOrDefault(h, h.Level)).ToList();

        Assert.Equal(expected, string.Join(' ', result));
        Assert.True(HeadingLevels.Fix(outline.Select((h, i) => h with { Level = result[i] }).ToList()).Count == 0);
    }

    [Fact]
    public void A_heading_under_a_moved_one_says_why_it_moves()
    {
        var changes = HeadingLevels.Fix(Outline("3 4"));

        Assert.Equal(["skips a heading level (after the title)", "is under '### h0', which becomes '## h0'"], changes.Select(c => c.Why));
    }

    [Fact]
    public void A_skip_names_the_heading_it_follows()
    {
        var change = Assert.Single(HeadingLevels.Fix(Outline("2 4")));

        Assert.Equal("skips a heading level (after '## h0')", change.Why);
        Assert.Equal(3, change.Level);
    }

    [Fact]
    public void A_sibling_of_a_moved_heading_moves_with_it()
    {
        var changes = HeadingLevels.Fix(Outline("3 3"));

        Assert.Equal([2, 2], changes.Select(c => c.Level));
        Assert.Equal("is at the level of '### h0', which becomes '## h0'", changes[1].Why);
    }

    private static List<Heading> Outline(string levels) =>
        levels.Split(' ').Select((l, i) => new Heading(int.Parse(l, System.Globalization.CultureInfo.InvariantCulture), "h" + i, "h" + i, 10 + i)).ToList();
}
