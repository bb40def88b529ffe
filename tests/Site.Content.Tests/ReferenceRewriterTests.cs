using Site.Content.Compliance;
using Site.Content.Takedown;
using Xunit;

namespace Site.Content.Tests;

/// <summary>How a page loses its references to a withdrawn story: links, images, media, and the address written as text.</summary>
public sealed class ReferenceRewriterTests
{
    private const string Neutral = "a story that is no longer available";

    private static readonly Withdrawal Maria = new("input/stories/maria-walks-again.md", "Maria Walks Her Granddaughter to School Again", "/stories/maria-walks-again/", ["/stories/maria/"], ["/media/maria-walks-again.jpg"], "authorization AUTH-1 expired on 2027-11-20")
    {
        Slug = "maria-walks-again",
        PatientName = "Maria L.",
        Since = new DateOnly(2027, 11, 21),
    };

    private static readonly WithdrawnTargets Targets = new([Maria], "https://stories.example.org");

    private static (string Html, IReadOnlyList<ReferenceRewriter.Found> Found) Rewrite(string html, string page = "/articles/walking/") =>
        ReferenceRewriter.Rewrite(html, page, Targets, Neutral);

    [Theory]
    [InlineData("<p>Read how <a href=\"/stories/maria-walks-again/\">one grandmother got back on her feet</a>.</p>", "<p>Read how one grandmother got back on her feet.</p>")]
    [InlineData("<p>Read <a href=\"/stories/maria-walks-again/\"><em>one</em> story</a>.</p>", "<p>Read <em>one</em> story.</p>")]
    public void A_link_whose_text_names_neither_story_nor_patient_keeps_its_text(string html, string expected)
    {
        var (rewritten, found) = Rewrite(html);

        Assert.Equal(expected, rewritten);
        Assert.Equal(("link", false), (Assert.Single(found).What, found[0].Neutral));
    }

    [Theory]
    [InlineData("<p>Read <a href=\"/stories/maria-walks-again/\">Maria’s story</a>.</p>")]
    [InlineData("<p>Read <a href=\"/stories/maria-walks-again/\">MARIA'S STORY</a>.</p>")]
    [InlineData("<p>Read <a href=\"/stories/maria-walks-again/\">Maria walks her granddaughter to school again</a>.</p>")]
    [InlineData("<p>Read <a href=\"/stories/maria-walks-again/\">https://stories.example.org/stories/maria-walks-again/</a>.</p>")]
    public void A_link_whose_text_names_the_story_or_the_patient_becomes_the_neutral_text(string html)
    {
        var (rewritten, found) = Rewrite(html);

        Assert.Equal($"<p>Read {Neutral}.</p>", rewritten);
        Assert.True(Assert.Single(found).Neutral);
    }

    [Theory]
    [InlineData("/stories/maria-walks-again/")]
    [InlineData("/stories/maria-walks-again")]
    [InlineData("/stories/maria-walks-again/index.html#the-walk")]
    [InlineData("../../stories/maria-walks-again/?from=article")]
    [InlineData("https://stories.example.org/stories/maria-walks-again/")]
    [InlineData("/stories/maria/")]
    [InlineData("/stories/Maria-Walks-Again/")]
    public void Every_way_of_writing_the_address_is_the_same_story(string href)
    {
        var (rewritten, found) = Rewrite($"<p><a href=\"{href}\">a walk</a></p>");

        Assert.Equal("<p>a walk</p>", rewritten);
        Assert.Equal(href, Assert.Single(found).Href);
    }

    [Theory]
    [InlineData("/stories/maria-walks-again-too/")]
    [InlineData("/stories/mariana/")]
    [InlineData("https://other.example/stories/maria-walks-again/")]
    [InlineData("/articles/maria-walks-again/")]
    public void Another_address_is_left_alone(string href)
    {
        var html = $"<p><a href=\"{href}\">a walk</a></p>";

        Assert.Equal((html, 0), (Rewrite(html).Html, Rewrite(html).Found.Count));
    }

    [Fact]
    public void An_image_goes_with_its_figure_and_caption()
    {
        var (rewritten, found) = Rewrite("<h2>Hi</h2>\n<figure class=\"hero\"><img src=\"/media/maria-walks-again.jpg\" alt=\"Maria\"><figcaption>Maria at the gate</figcaption></figure>\n<p>After.</p>");

        Assert.Equal("<h2>Hi</h2>\n\n<p>After.</p>", rewritten);
        Assert.Equal("image", Assert.Single(found).What);
    }

    [Fact]
    public void An_image_alone_in_its_paragraph_takes_the_paragraph_with_it()
    {
        Assert.Equal("<p>Before.</p>\n\n<p>After.</p>", Rewrite("<p>Before.</p>\n<p><img src=\"../../media/maria-walks-again.jpg\" alt=\"Maria\" /></p>\n<p>After.</p>").Html);
    }

    [Fact]
    public void An_image_inside_text_leaves_the_text()
    {
        Assert.Equal("<p>Look:  here.</p>", Rewrite("<p>Look: <img src=\"/media/maria-walks-again.jpg\" alt=\"Maria\"> here.</p>").Html);
    }

    [Fact]
    public void A_srcset_candidate_or_a_video_poster_counts_as_the_image()
    {
        Assert.Equal("<p>x</p>", Rewrite("<p>x</p><picture><source srcset=\"/media/a.webp 1x, /media/maria-walks-again.jpg 2x\"><img src=\"/media/a.jpg\" alt=\"\"></picture>").Html);
        Assert.Equal("<p>x</p>", Rewrite("<p>x</p><video poster=\"/media/maria-walks-again.jpg\" controls><source src=\"/media/v.mp4\"></video>").Html);
    }

    [Fact]
    public void A_linked_card_image_goes_with_an_empty_link()
    {
        var (rewritten, found) = Rewrite("<li><a href=\"/stories/maria-walks-again/\"><img src=\"/media/maria-walks-again.jpg\" alt=\"\"></a></li>");

        Assert.Equal("<li></li>", rewritten);
        Assert.Equal(["link", "image"], found.Select(f => f.What));
    }

    [Fact]
    public void The_address_written_as_text_is_replaced_but_not_inside_a_tag()
    {
        var (rewritten, found) = Rewrite("<p>It was at <code>/stories/maria-walks-again/</code> and https://stories.example.org/stories/maria/ once.</p>");

        Assert.Equal($"<p>It was at <code>{Neutral}</code> and {Neutral} once.</p>", rewritten);
        Assert.Equal(["mention", "mention"], found.Select(f => f.What));
        Assert.Equal("<p data-x=\"/stories/maria-walks-again/\">x</p>", Rewrite("<p data-x=\"/stories/maria-walks-again/\">x</p>").Html);
    }

    [Fact]
    public void Link_elements_and_meta_refreshes_are_dropped()
    {
        Assert.Equal("<head>\n\n</head>", Rewrite("<head>\n<link rel=\"prefetch\" href=\"/stories/maria-walks-again/\">\n</head>").Html);
        Assert.Equal("<head></head>", Rewrite("<head><meta http-equiv=\"refresh\" content=\"0; url=/stories/maria/\"></head>").Html);
    }

    [Fact]
    public void The_rest_of_the_page_keeps_its_bytes()
    {
        const string page = "<!DOCTYPE html>\r\n<html lang=\"en\"><body class='x'>\r\n<p>A &amp; B <br> <a href=\"/stories/maria/\">walk</a> &nbsp;<input disabled></p>\r\n</body></html>";

        Assert.Equal(page.Replace("<a href=\"/stories/maria/\">walk</a>", "walk", StringComparison.Ordinal), Rewrite(page).Html);
    }

    [Fact]
    public void Targets_tell_cheaply_which_pages_can_mention_a_withdrawn_story()
    {
        Assert.True(Targets.MayMention("<a href=\"../maria-walks-again/\">"));
        Assert.True(Targets.MayMention("<img src=\"/media/MARIA-WALKS-AGAIN.JPG\">"));
        Assert.False(Targets.MayMention("<a href=\"/stories/tomas/\">Tomas</a>"));
    }
}
