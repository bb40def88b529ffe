using Site.Content.Markdown;
using Xunit;

namespace Site.Content.Tests;

public sealed class MarkdownRendererTests
{
    private static readonly MarkdownRenderer Renderer = new();

    [Fact]
    public void Headings_get_github_style_ids_and_file_lines()
    {
        var rendered = Renderer.Render("Intro\n\n## The First Weeks of Therapy!\n\n### Week One\n", firstLine: 20);

        Assert.Contains("<h2 id=\"the-first-weeks-of-therapy\">", rendered.Html, StringComparison.Ordinal);
        Assert.Equal([("the-first-weeks-of-therapy", 22), ("week-one", 24)], rendered.Outline.Select(h => (h.Id, h.Line)));
        Assert.Equal("The First Weeks of Therapy!", rendered.Outline[0].Text);
    }

    [Fact]
    public void Tables_footnotes_task_lists_and_auto_links_render()
    {
        var html = Renderer.Render("| Week | Walk |\n| --- | --- |\n| 1 | 5 min |\n\nSee note.[^1]\n\n[^1]: A footnote.\n\n- [x] Done\n- [ ] Next\n\nVisit https://www.example.org/care today.\n", 1).Html;

        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("<td>5 min</td>", html, StringComparison.Ordinal);
        Assert.Contains("class=\"footnotes\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"task-list-item\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://www.example.org/care\">https://www.example.org/care</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Raw_html_from_an_editor_is_shown_as_text_not_run()
    {
        var html = Renderer.Render("Hello <script>alert(1)</script>\n\n<iframe src=\"https://tracker.example\"></iframe>\n", 1).Html;

        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<iframe", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }
}
