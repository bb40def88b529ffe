using Site.Content.Images;
using Xunit;

namespace Site.Content.Tests;

/// <summary>A missing file of input/media names the file the editor most likely meant.</summary>
public sealed class MediaSuggestionTests
{
    private static readonly string[] Files = ["grace-hero.jpg", "walk.svg", "photos/ana-garden.jpg", "maria-walks.svg"];

    [Theory]
    [InlineData("media/Grace-Hero.jpg", "grace-hero.jpg")]
    [InlineData("/media/Grace-Hero.jpg", "grace-hero.jpg")]
    [InlineData("media/grace-hero.jpeg", "grace-hero.jpg")]
    [InlineData("media/grace_hero.jpg", "grace-hero.jpg")]
    [InlineData("media/photos/ana-gardn.jpg", "photos/ana-garden.jpg")]
    [InlineData("media/ana-garden.jpg", "photos/ana-garden.jpg")]
    [InlineData("media/someone-else.png", null)]
    public void Names_the_nearest_existing_file(string written, string? expected) =>
        Assert.Equal(expected, MediaSuggestion.Nearest(written, Files));

    [Fact]
    public void A_case_only_difference_says_that_capital_letters_count() =>
        Assert.Equal(
            "input/media/grace-hero.jpg exists: write 'media/grace-hero.jpg' (capital letters count), or put the image in input/media/",
            MediaSuggestion.Advice("media/Grace-Hero.jpg", Files, "image"));

    [Fact]
    public void Without_a_near_file_it_says_where_to_put_one() =>
        Assert.Equal(
            "put the image in input/media/ and write 'media/<file name>'",
            MediaSuggestion.Advice("media/nothing-like-it.png", Files, "image"));
}
