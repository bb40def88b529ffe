using Site.Content.Formats;
using Site.Content.Markdown;
using Site.Content.Model;
using Site.Content.Sources;
using Xunit;

namespace Site.Content.Tests;

/// <summary>
/// What every story keeps to the end of a build is held once and as UTF-8 (<see cref="PackedText"/>), and reads back
/// exactly as it was given: the file's text, its body (cut from the text), the rendered HTML.
/// </summary>
public sealed class PackedTextTests
{
    public static TheoryData<string> Texts => new()
    {
        string.Empty,
        "plain ASCII",
        "caf\u00e9, \u0645\u0631\u062d\u0628\u0627, \u4f60\u597d, \ud83d\ude00 and a \uFEFF byte order mark inside",
        "a lone surrogate \ud800 that UTF-8 cannot hold",
        "line one\r\nline two\n",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Text_reads_back_exactly_as_it_was_given(string text)
    {
        var packed = new PackedText(text);
        var again = new PackedText(new string(text.AsSpan()));

        Assert.Equal(text, packed.ToString());
        Assert.True(packed.Equals(again), "two packings of the same text are equal");
        Assert.True(packed == again);
        Assert.Equal(packed.GetHashCode(), again.GetHashCode());
        Assert.False(packed.Equals(new PackedText(text + "!")), "another text is not equal");
    }

    [Fact]
    public void A_body_that_ends_the_text_is_cut_from_it_and_any_other_body_is_kept()
    {
        const string text = "---\ntitle: T\n---\n# Body\n\u00e9t\u00e9\n";
        var tail = Parsed(text, "# Body\n\u00e9t\u00e9\n");
        var other = Parsed(text, "# Not the end\n");

        Assert.Equal("# Body\n\u00e9t\u00e9\n", tail.Body);
        Assert.Equal(text, tail.Text);
        Assert.Equal("# Not the end\n", other.Body);
        Assert.Equal(text, Parsed(text, text).Body);
        Assert.Equal(string.Empty, Parsed(text, string.Empty).Body);
    }

    [Fact]
    public void A_copy_with_another_text_keeps_its_body()
    {
        var parsed = Parsed("---\n---\nbody\n", "body\n");

        var copy = parsed with { Text = "something else entirely" };

        Assert.Equal("body\n", copy.Body);
        Assert.Equal("something else entirely", copy.Text);
        Assert.Equal("body\n", parsed.Body);
    }

    [Fact]
    public void Two_facets_with_the_same_text_are_equal()
    {
        Assert.Equal(Parsed("---\n---\nbody\n", "body\n"), Parsed("---\n---\nbody\n", "body\n"));
        Assert.NotEqual(Parsed("---\n---\nbody\n", "body\n"), Parsed("---\n---\nbody!\n", "body!\n"));
        Assert.Equal(new RenderedMarkdown("<p>\u00e9</p>", [], []), new RenderedMarkdown("<p>\u00e9</p>", [], []));
        Assert.Equal("<p>x</p>", (new RenderedMarkdown("<p>\u00e9</p>", [], []) with { Html = "<p>x</p>" }).Html);
    }

    private static ParsedContent Parsed(string text, string body) =>
        new(ContentKind.Story, null!, null!, body, 4, "slug", "/stories/slug/", text);
}
