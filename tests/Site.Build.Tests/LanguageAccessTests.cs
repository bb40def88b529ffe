using Site.Testing;
using Xunit;

namespace Site.Build.Tests;

/// <summary>
/// Language access on the small fixture site: the language assistance page from site.yml and its footer link, and
/// translations (<c>translation_of</c>) linked both ways, with the rule that a story's translation is published only
/// while its original is.
/// </summary>
public sealed class LanguageAccessTests
{
    private const string Assistance = """

        language_assistance:
          sample: true
          tty: "711"
          notice: |
            Sample text: we do not discriminate.

            Free interpreters are available.
          languages:
            - { lang: es, name: Español, text: "Texto de ejemplo: hay ayuda gratuita." }
            - { lang: ar, name: العربية, text: "نص تجريبي: المساعدة مجانية." }
        """;

    /// <summary>A Spanish translation of Maria's story (st-2026-001), with its own authorization valid until <paramref name="expires"/>.</summary>
    private static string Translation(string of = "st-2026-001", string lang = "lang: es\n", string expires = "2099-01-01", string id = "st-2026-101") =>
        SiteFixture.Story(id, "María camina otra vez", "2026-03-10", "cardiology", "## En casa otra vez\n\nUna historia corta.\n")
            .Replace("summary: \"A story for tests.\"", $"summary: \"Una historia para pruebas.\"\n{lang}translation_of: {of}", StringComparison.Ordinal)
            .Replace("expires: 2028-01-01", $"expires: {expires}", StringComparison.Ordinal);

    private static string Read(SiteFixture site, string path) => File.ReadAllText(Path.Combine(site.Output, path));

    [Fact]
    public async Task The_language_assistance_page_has_every_tagline_in_its_language_and_every_footer_links_to_it()
    {
        using var site = new SiteFixture();
        site.Write("input/site.yml", SiteFixture.SiteYaml + Assistance);

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var page = Read(site, "language-assistance/index.html");
        Assert.Contains("<html lang=\"en\">", page, StringComparison.Ordinal);
        Assert.Contains("<li lang=\"es\"><p class=\"tagline-name\"><strong>Español</strong></p><p>Texto de ejemplo: hay ayuda gratuita.</p></li>", page, StringComparison.Ordinal);
        Assert.Contains("<li lang=\"ar\" dir=\"rtl\"><p class=\"tagline-name\"><strong>العربية</strong></p>", page, StringComparison.Ordinal);
        Assert.Contains("<p class=\"sample-notice\" role=\"note\"><strong>Sample text:</strong>", page, StringComparison.Ordinal);
        Assert.Contains("<p>Sample text: we do not discriminate.</p>\n<p>Free interpreters are available.</p>", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"tel:711\">711</a>", page, StringComparison.Ordinal);
        foreach (var other in new[] { "index.html", "about/index.html", "stories/maria-walks-again/index.html", "language-assistance/index.html" })
        {
            Assert.Contains("<li><a href=\"/language-assistance/\">Language assistance <span class=\"language-hint\">(<span lang=\"es\">Español</span> · <span lang=\"ar\" dir=\"rtl\">العربية</span>)</span></a></li>", Read(site, other), StringComparison.Ordinal);
        }

        Assert.Contains("/language-assistance/", Read(site, "sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_the_section_there_is_no_page_and_no_link()
    {
        using var site = new SiteFixture();

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded);
        Assert.False(Directory.Exists(Path.Combine(site.Output, "language-assistance")));
        Assert.DoesNotContain("language-assistance", Read(site, "index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Taglines_without_text_are_an_error_at_their_line()
    {
        using var site = new SiteFixture();
        site.Write("input/site.yml", SiteFixture.SiteYaml + Assistance.Replace("text: \"Texto de ejemplo: hay ayuda gratuita.\"", "text: \" \"", StringComparison.Ordinal));

        var result = await site.BuildAsync();

        Assert.Equal("input/site.yml:25:40: error SG2006: 'language_assistance.languages[0].text' is the tagline in that language, saying that free language help is available and how to ask for it", Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public async Task A_translation_and_its_original_link_to_each_other_and_the_translation_is_in_its_language()
    {
        using var site = new SiteFixture();
        site.Write("input/site.yml", SiteFixture.SiteYaml + Assistance);
        site.Write("input/stories/maria-camina.md", Translation());

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var alternates = """
            <link rel="alternate" hreflang="en" href="https://stories.test.example/stories/maria-walks-again/">
            <link rel="alternate" hreflang="x-default" href="https://stories.test.example/stories/maria-walks-again/">
            <link rel="alternate" hreflang="es" href="https://stories.test.example/stories/maria-camina/">
            """;
        var original = Read(site, "stories/maria-walks-again/index.html");
        var translation = Read(site, "stories/maria-camina/index.html");
        Assert.Contains(alternates, original, StringComparison.Ordinal);
        Assert.Contains(alternates, translation, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", original, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"es\">", translation, StringComparison.Ordinal);

        // The switch links to the other version, in that version's language (the name from the site's taglines).
        Assert.Contains("<ul class=\"language-switch\">\n<li><a href=\"/stories/maria-camina/\" lang=\"es\" hreflang=\"es\">Español: María camina otra vez</a></li>\n</ul>", original, StringComparison.Ordinal);
        Assert.Contains("<ul class=\"language-switch\">\n<li><a href=\"/stories/maria-walks-again/\" lang=\"en\" hreflang=\"en\">English: Maria Walks Again</a></li>\n</ul>", translation, StringComparison.Ordinal);
        Assert.DoesNotContain("language-switch", Read(site, "stories/tomas-gardens/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("hreflang", Read(site, "stories/tomas-gardens/index.html"), StringComparison.Ordinal);

        // Listings and the feed are in the site's language; the sitemap names both versions of each.
        Assert.DoesNotContain("maria-camina", Read(site, "stories/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("maria-camina", Read(site, "feed.xml"), StringComparison.Ordinal);
        var sitemap = Read(site, "sitemap.xml");
        Assert.Contains("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\"", sitemap, StringComparison.Ordinal);
        Assert.Equal(2, sitemap.Split("<xhtml:link rel=\"alternate\" hreflang=\"es\" href=\"https://stories.test.example/stories/maria-camina/\" />").Length - 1);
    }

    [Theory]
    [InlineData("es", "es", null)]
    [InlineData("ar", "ar", "ltr")]
    public async Task On_a_translation_the_themes_own_words_are_marked_as_the_sites_language(string lang, string expected, string? themeDir)
    {
        using var site = new SiteFixture();
        site.Write("input/site.yml", SiteFixture.SiteYaml + Assistance);
        site.Write("input/stories/maria-camina.md", Translation(lang: $"lang: {lang}\n"));

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(Read(site, "stories/maria-camina/index.html"));

        // The language a screen reader uses for an element: that of its nearest ancestor (or itself) with a lang.
        static string LanguageOf(AngleSharp.Dom.IElement element) => element.Closest("[lang]")!.GetAttribute("lang")!;
        AngleSharp.Dom.IElement Holding(string text) =>
            document.Body!.QuerySelectorAll("*").Where(e => e.Children.All(c => !c.TextContent.Contains(text, StringComparison.Ordinal)) && e.TextContent.Contains(text, StringComparison.Ordinal)).First();

        foreach (var english in new[] { "Skip to main content", "Patient story", "Published", "Topics", "Share this story", "not medical advice", "Our services", "Atom feed", "Home" })
        {
            Assert.True(LanguageOf(Holding(english)) == "en", $"'{english}' is read as {LanguageOf(Holding(english))}");
        }

        foreach (var translated in new[] { "María camina otra vez", "En casa otra vez", "Una historia corta.", "Una historia para pruebas." })
        {
            Assert.True(LanguageOf(Holding(translated)) == expected, $"'{translated}' is read as {LanguageOf(Holding(translated))}");
        }

        // Every element that switches back to English also sets the direction when the page's differs.
        Assert.All(document.QuerySelectorAll("body [lang=en]:not([hreflang])"), e => Assert.Equal(themeDir, e.GetAttribute("dir")));
        Assert.Equal(lang == "ar" ? "rtl" : null, document.DocumentElement.GetAttribute("dir"));

        // The original, in the site's language, has no such marks.
        Assert.Empty(new AngleSharp.Html.Parser.HtmlParser().ParseDocument(Read(site, "stories/maria-walks-again/index.html")).QuerySelectorAll("body [lang=en]:not([hreflang])"));
    }

    [Theory]
    [InlineData("st-2026-009", "lang: es\n", "input/stories/maria-camina.md:6:17: error SG2110: no story or article has the id 'st-2026-009' (did you mean 'st-2026-001'?); 'translation_of' is the 'id' in the front matter of the original")]
    [InlineData("st-2026-101", "lang: es\n", "input/stories/maria-camina.md:6:17: error SG2110: 'translation_of: st-2026-101' names this file's own id; write the id of the story or article this one translates")]
    [InlineData("st-2026-001", "", "input/stories/maria-camina.md:5:17: error SG2112: this translation has no 'lang', so it is in the site's language 'en', the language of its original 'st-2026-001'; add 'lang:' with the language it is written in, such as 'lang: es'")]
    [InlineData("st-2026-001", "lang: en-US\n", "input/stories/maria-camina.md:5:7: error SG2112: this translation is in 'en-US', the language of its original 'st-2026-001'; a translation is in another language (fix 'lang', or remove 'translation_of' if this is a separate story)")]
    [InlineData("ar-2026-001", "lang: es\n", "input/stories/maria-camina.md:6:17: error SG2113: 'ar-2026-001' is an article (input/articles/heart.md), but this file is a story; a story translates a story (only stories and articles have translations)")]
    public async Task A_wrong_translation_of_is_an_error_at_its_line(string of, string lang, string expected)
    {
        using var site = new SiteFixture();
        site.Write("input/articles/heart.md", "---\nid: ar-2026-001\ntitle: Heart\nsummary: About hearts.\ndate: 2026-05-01\nauthor: Lee Park\nreview: { reviewed_by: \"Dr. A. Smith, MD\", reviewed_on: 2026-04-20, next_review: 2099-04-20 }\n---\n\nHearts.\n");
        site.Write("input/stories/maria-camina.md", Translation(of, lang));

        var result = await site.BuildAsync();

        Assert.Equal(expected, Assert.Single(result.Diagnostics).ToString());
        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task A_translation_of_a_translation_and_a_second_one_in_a_language_are_errors()
    {
        using var site = new SiteFixture();
        site.Write("input/stories/maria-camina.md", Translation());
        site.Write("input/stories/maria-camina-2.md", Translation(id: "st-2026-102"));
        site.Write("input/stories/maria-di-bo.md", Translation(of: "st-2026-101", lang: "lang: vi\n", id: "st-2026-103"));

        var result = await site.BuildAsync();

        Assert.Equal(
            [
                "input/stories/maria-camina.md:5:7: error SG2114: 'st-2026-001' already has a translation in 'es' (input/stories/maria-camina-2.md); keep one version per language",
                "input/stories/maria-di-bo.md:6:17: error SG2111: 'st-2026-101' is itself a translation (of 'st-2026-001'); write 'translation_of: st-2026-001': every translation names the original",
            ],
            result.Diagnostics.Select(d => d.ToString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_translation_is_never_published_after_its_original_is_withdrawn_even_with_its_own_consent_valid()
    {
        using var site = new SiteFixture();
        site.Write("input/stories/maria-camina.md", Translation(expires: "2099-01-01"));

        // Maria's authorization ends on 2028-01-01; the translation's own runs to 2099.
        var before = await BuildOn(site, new DateOnly(2027, 12, 31));
        Assert.True(before.Succeeded, string.Join('\n', before.Diagnostics));
        Assert.True(File.Exists(Path.Combine(site.Output, "stories", "maria-camina", "index.html")));

        var after = await BuildOn(site, new DateOnly(2028, 1, 2));

        Assert.True(after.Succeeded, string.Join('\n', after.Diagnostics));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "stories", "maria-camina")));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "stories", "maria-walks-again")));
        Assert.Contains("/stories/maria-camina  /410.html  410!", Read(site, "_redirects"), StringComparison.Ordinal);
        Assert.Contains("# /stories/maria-camina/: it translates st-2026-001, whose authorization AUTH-st-2026-001 expired on 2028-01-01", Read(site, "_redirects"), StringComparison.Ordinal);

        // No trace of its path in any page or feed: only the files that answer 410 for the original name it too.
        Assert.Equal(Mentioning(site, "maria-walks-again"), Mentioning(site, "maria-camina"));
        Assert.DoesNotContain(Mentioning(site, "maria-camina"), p => p.EndsWith(".html", StringComparison.Ordinal) || p.EndsWith(".xml", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_translation_waiting_for_its_original_authorization_is_not_published()
    {
        using var site = new SiteFixture();
        site.Write("input/stories/maria-walks-again.md", SiteFixture.Story("st-2026-001", "Maria", "2026-03-10", "cardiology").Replace("status: signed", "status: pending", StringComparison.Ordinal));
        site.Write("input/stories/maria-camina.md", Translation());

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "stories", "maria-camina")));
        Assert.Empty(Mentioning(site, "maria-camina"));
    }

    [Fact]
    public async Task The_original_does_not_link_to_a_translation_withdrawn_by_itself()
    {
        using var site = new SiteFixture();
        site.Write("input/stories/maria-camina.md", Translation(expires: "2026-11-01"));

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var original = Read(site, "stories/maria-walks-again/index.html");
        Assert.DoesNotContain("maria-camina", original, StringComparison.Ordinal);
        Assert.DoesNotContain("hreflang", original, StringComparison.Ordinal);
        Assert.DoesNotContain("language-switch", original, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(site.Output, "stories", "maria-camina")));
    }

    private static Task<BuildResult> BuildOn(SiteFixture site, DateOnly today) =>
        new SiteBuild(new BuildOptions { WorkingDirectory = site.Root, Today = today }, FixedClock.On(today.Year, today.Month, today.Day)).RunAsync();

    private static List<string> Mentioning(SiteFixture site, string text) =>
        Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}assets{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains(text, StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
}
