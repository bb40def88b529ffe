using Site.Content.Formats;
using Xunit;

namespace Site.Content.Tests;

/// <summary>The text of rendered HTML, as the structured data's plain-text fields (a video's transcript) take it.</summary>
public sealed class HtmlTextTests
{
    [Theory]
    [InlineData("<p>Hello</p>", "Hello")]
    [InlineData("<p>Maria:</p>\n<p>I walked <em>every</em> day.</p>", "Maria: I walked every day.")]
    [InlineData("<p>Fish &amp; chips &lt;3&nbsp;times</p>", "Fish & chips <3 times")]
    [InlineData("<p>Before</p><script>var x = '<p>no</p>';</script><style>p { color: red }</style><p>after</p>", "Before after")]
    [InlineData("<p>One<!-- a <b>comment</b> -->Two</p>", "One Two")]
    [InlineData("  \n<br>\t ", "")]
    [InlineData("a<br>b", "a b")]
    [InlineData("<p>no end", "no end")]
    public void Tags_comments_and_scripts_leave_one_space_and_entities_are_decoded(string html, string expected)
    {
        Assert.Equal(expected, HtmlText.Plain(html));
    }
}
