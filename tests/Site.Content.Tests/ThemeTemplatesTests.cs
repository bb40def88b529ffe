using Fluid;
using Site.Content.Templates;
using Site.Content.Views;
using Site.Engine.Diagnostics;
using Site.Engine.Files;
using Site.Testing;
using Xunit;

namespace Site.Content.Tests;

public sealed class ThemeTemplatesTests
{
    private static readonly SourceLocation Story = new("input/stories/maria.md");

    [Fact]
    public void Fluid_parse_errors_keep_their_position_format()
    {
        // Pins the format TemplateErrors relies on: Fluid reports "... at (line:column)".
        var parsed = new FluidParser().TryParse("<p>\n{{ page.title | }}</p>", out _, out var error);

        Assert.False(parsed);
        Assert.Matches(@"at \(2:\d+\)", error);
    }

    [Fact]
    public void A_syntax_error_is_reported_at_the_template_line()
    {
        using var theme = Theme(("layouts/base.liquid", "{{ content | raw }}"), ("layouts/story.liquid", "<h1>{{ page.title }}</h1>\n{% if page.summary %}\n<p>x</p>\n"));
        var bag = new DiagnosticBag();

        ThemeTemplates.Load(theme.Path, p => Path.GetRelativePath(theme.Path, p), new SourceReader(), bag);

        var diagnostic = Assert.Single(bag.ToSortedList());
        Assert.Equal(DiagnosticCodes.TemplateSyntax, diagnostic.Code);
        Assert.Equal("layouts/story.liquid", diagnostic.Location.Path);
        Assert.Equal(3, diagnostic.Location.Line);
        Assert.Contains("endif", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undefined_variable_names_the_template_line_and_the_page()
    {
        using var theme = Theme(("layouts/base.liquid", "{{ content | raw }}"), ("layouts/story.liquid", "<h1>{{ page.title }}</h1>\n<p>{{ page.subtitle }}</p>\n"));
        var bag = new DiagnosticBag();
        var templates = ThemeTemplates.Load(theme.Path, p => Path.GetRelativePath(theme.Path, p), new SourceReader(), bag);

        var html = templates.Render("story", Model(), Story, bag);

        Assert.Null(html);
        Assert.Equal(
            "layouts/story.liquid:2:12: error SG2022: 'subtitle' is not defined; templates can use site.*, page.* and content (see the theme reference in README.md) (via input/stories/maria.md:1:1)",
            Assert.Single(bag.ToSortedList()).ToString());
    }

    [Fact]
    public void An_undefined_variable_in_a_partial_points_at_the_partial()
    {
        using var theme = Theme(("layouts/base.liquid", "{% include 'header' %}{{ content | raw }}"), ("layouts/story.liquid", "<h1>{{ page.title }}</h1>"), ("partials/header.liquid", "<header>\n{{ site.logo }}</header>"));
        var bag = new DiagnosticBag();
        var templates = ThemeTemplates.Load(theme.Path, p => Path.GetRelativePath(theme.Path, p), new SourceReader(), bag);

        Assert.Null(templates.Render("story", Model(), Story, bag));
        Assert.StartsWith("partials/header.liquid:2:9: error SG2022: 'logo' is not defined", Assert.Single(bag.ToSortedList()).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Templates_see_view_models_with_snake_case_names_and_html_is_encoded()
    {
        using var theme = Theme(("layouts/base.liquid", "<main>{{ content | raw }}</main>"), ("layouts/story.liquid", "<h1>{{ page.title }}</h1><p>{{ page.canonical_url }}</p>{% if page.review %}{{ page.review.reviewed_by }}{% endif %}"));
        var bag = new DiagnosticBag();
        var templates = ThemeTemplates.Load(theme.Path, p => Path.GetRelativePath(theme.Path, p), new SourceReader(), bag);

        var html = templates.Render("story", Model() with { Page = Model().Page with { Title = "Zoë <b>& co</b>" } }, Story, bag);

        Assert.Empty(bag.ToSortedList());
        Assert.Equal("<main><h1>Zoë &lt;b&gt;&amp; co&lt;/b&gt;</h1><p>https://example.org/stories/maria/</p></main>", html);
    }

    [Fact]
    public void A_missing_layout_lists_the_layouts_that_exist()
    {
        using var theme = Theme(("layouts/base.liquid", "{{ content | raw }}"), ("layouts/story.liquid", "x"), ("layouts/page.liquid", "y"));
        var bag = new DiagnosticBag();
        var templates = ThemeTemplates.Load(theme.Path, p => Path.GetRelativePath(theme.Path, p), new SourceReader(), bag);

        Assert.Null(templates.Render("fancy", Model(), Story, bag));
        Assert.Contains("layout 'fancy' not found in the theme (available: page, story)", Assert.Single(bag.ToSortedList()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_range_too_large_to_hold_is_an_error_where_it_is_written()
    {
        using var theme = Theme(("layouts/base.liquid", "{{ content | raw }}"), ("layouts/story.liquid", "<h1>{{ page.title }}</h1>\n{% for i in (1..1000000000) %}{{ i }}{% endfor %}"));
        var bag = new DiagnosticBag();

        ThemeTemplates.Load(theme.Path, p => Path.GetRelativePath(theme.Path, p), new SourceReader(), bag);

        Assert.Equal("layouts/story.liquid:2:13: error SG2021: the range (1..1000000000) has more than 100,000 numbers; loop over the site's own lists instead", Assert.Single(bag.ToSortedList()).ToString());
    }

    [Fact]
    public void A_template_that_runs_too_many_steps_stops_with_an_error_at_the_template()
    {
        using var theme = Theme(("layouts/base.liquid", "{{ content | raw }}"), ("layouts/story.liquid", "<h1>{{ page.title }}</h1>{% for i in (1..100000) %}{% for j in (1..100000) %}x{% endfor %}{% endfor %}"));
        var bag = new DiagnosticBag();
        var templates = ThemeTemplates.Load(theme.Path, p => Path.GetRelativePath(theme.Path, p), new SourceReader(), bag);

        var html = templates.Render("story", Model(), Story, bag);

        Assert.Null(html);
        var error = Assert.Single(bag.ToSortedList());
        Assert.Equal("SG2023", error.Code);
        Assert.StartsWith("layouts/story.liquid", error.Location.Path, StringComparison.Ordinal);
    }

    private static TempDirectory Theme(params (string Path, string Text)[] files)
    {
        var temp = new TempDirectory();
        foreach (var (path, text) in files)
        {
            temp.Write(path, text);
        }

        return temp;
    }

    private static LayoutModel Model() => new(
        new SiteView("Site", "Desc", "https://example.org", "en", "Org", "Addr", "+1", [], [], [], "/feed.xml", "/assets/v-test", false, 2026),
        new PageView { Kind = "story", Title = "Maria", Summary = "S", Url = "/stories/maria/", CanonicalUrl = "https://example.org/stories/maria/", Lang = "en" });
}
