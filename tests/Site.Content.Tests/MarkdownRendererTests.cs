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
    public void Raw_html_from_an_editor_never_runs_scripts_or_embeds_and_says_so()
    {
        var rendered = Renderer.Render("Hello <script>alert(1)</script>\n\n<iframe src=\"https://tracker.example\"></iframe>\n", 1);

        Assert.DoesNotContain("<script", rendered.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<iframe", rendered.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("tracker.example", rendered.Html, StringComparison.Ordinal);
        Assert.Equal([("SG2017", 1), ("SG2017", 3)], rendered.RawHtml.Select(f => (f.Code, f.Line)).Order());
    }

    [Fact]
    public void Alerts_emoji_task_lists_and_footnotes_are_written_for_every_reader()
    {
        var html = Renderer.Render("> [!WARNING]\n> Bring your card :tada:\n\n- [x] Done\n- [ ] Next\n\nSee note.[^1]\n\n[^1]: A footnote.\n", 1).Html;

        Assert.Contains("<div class=\"markdown-alert markdown-alert-warning\">", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"markdown-alert-icon\" aria-hidden=\"true\"></span>Warning</p>", html, StringComparison.Ordinal);
        Assert.Contains("Bring your card \U0001F389", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<input", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"visually-hidden\">Done: </span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"visually-hidden\">Not done: </span>", html, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Back to the text of note 1\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Note 1\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_that_opens_with_its_title_as_a_heading_leaves_that_heading_out_but_not_another()
    {
        var same = Renderer.Render("#  Clinic   hours\n\nOpen daily.\n\n# Clinic hours\n", 5, title: "Clinic Hours");
        var other = Renderer.Render("# Opening times\n\nOpen daily.\n", 5, title: "Clinic Hours");

        Assert.DoesNotContain("<h1", same.Html.Split("Open daily.")[0], StringComparison.Ordinal);
        Assert.Equal([9], same.Outline.Where(h => h.Level == 1).Select(h => h.Line));
        Assert.Equal([5], other.Outline.Where(h => h.Level == 1).Select(h => h.Line));
    }

    [Fact]
    public void Smileys_stay_text_and_unknown_shortcodes_stay_as_written()
    {
        var html = Renderer.Render("Call us :) at 9:30:00 or :not-an-emoji:.\n", 1).Html;

        Assert.Contains("Call us :) at 9:30:00 or :not-an-emoji:.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Tables_and_code_scroll_in_their_own_focusable_box()
    {
        var html = Renderer.Render("| A | B |\n| - | - |\n| 1 | 2 |\n\n| C |\n| - |\n| 3 |\n\n```\ncode\n```\n", 1).Html;

        Assert.Contains("<div class=\"scroll-box\" tabindex=\"0\" role=\"region\" aria-label=\"Table 1\">\n<table>", html, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Table 2\"", html, StringComparison.Ordinal);
        Assert.Contains("<pre tabindex=\"0\"><code>code", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))", "javascript")]
    [InlineData("[click](JaVaScRiPt:alert(1))", "javascript")]
    [InlineData("[click]( javascript:alert(1) )", "javascript")]
    [InlineData("[click](java&#x09;script:alert(1))", "javascript")]
    [InlineData("[click](java&#10;script:alert(1))", "javascript")]
    [InlineData("<javascript:alert(1)>", "javascript")]
    [InlineData("[click][ref]\n\n[ref]: javascript:alert(1)", "javascript")]
    [InlineData("[click](vbscript:msgbox(1))", "vbscript")]
    [InlineData("![x](data:image/svg+xml;base64,PHN2Zz4=)", "data")]
    [InlineData("[x](data:text/html,<script>alert(1)</script>)", "data")]
    [InlineData("[x](file:///etc/passwd)", "file")]
    [InlineData("<file:///etc/passwd>", "file")]
    public void A_link_or_image_with_a_refused_scheme_is_left_out_whatever_its_syntax(string markdown, string scheme)
    {
        var rendered = Renderer.Render("Before.\n\n" + markdown + "\n\nAfter.\n", firstLine: 10);

        var refused = Assert.Single(rendered.Refused);
        Assert.Equal(markdown.Contains("]: ", StringComparison.Ordinal) ? 14 : 12, refused.Line); // a definition is reported at its line
        Assert.Equal(scheme, Site.Engine.Links.UrlSchemes.SchemeOf(refused.Url));
        Assert.DoesNotContain("href=", rendered.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=", rendered.Html, StringComparison.Ordinal);
        Assert.Contains("After.", rendered.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refused_link_keeps_its_text_and_a_refused_image_leaves_nothing()
    {
        var rendered = Renderer.Render("Call [our *nurse* line](javascript:void(0)) now. ![secret](file:///x.png)\n", 1);

        Assert.Equal("<p>Call our <em>nurse</em> line now. </p>\n", rendered.Html);
        Assert.Equal([(1, 6, false), (1, 50, true)], rendered.Refused.Select(l => (l.Line, l.Column, l.IsImage)));
        Assert.Empty(rendered.Links);
    }

    [Theory]
    [InlineData("[site](https://example.org/)")]
    [InlineData("[mail](mailto:care@example.org)")]
    [InlineData("[call](tel:+1-555-010-0100)")]
    [InlineData("[page](/stories/)")]
    [InlineData("[page](../about/)")]
    [InlineData("[anchor](#section)")]
    [InlineData("[query](?page=2)")]
    [InlineData("[colon later](/a:b)")]
    [InlineData("[encoded](javascript%3Aalert(1))")]
    public void Links_with_allowed_schemes_or_none_are_kept(string markdown)
    {
        var rendered = Renderer.Render(markdown + "\n", 1);

        Assert.Empty(rendered.Refused);
        Assert.Single(rendered.Links);
    }

    [Fact]
    public void A_scheme_named_in_the_settings_is_allowed_but_never_javascript()
    {
        var renderer = new MarkdownRenderer(new Site.Engine.Links.UrlSchemes(["sms", "JavaScript"]));

        var rendered = renderer.Render("[text us](sms:+15550100100) [x](javascript:alert(1))\n", 1);

        Assert.Equal(["javascript:alert(1)"], rendered.Refused.Select(l => l.Url));
        Assert.Contains("href=\"sms:+15550100100\"", rendered.Html, StringComparison.Ordinal);
    }
}
