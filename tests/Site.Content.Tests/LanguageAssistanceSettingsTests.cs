using Site.Content.Formats;
using Site.Content.Settings;
using Site.Engine.Diagnostics;
using Site.Engine.Files;
using Site.Testing;
using Xunit;

namespace Site.Content.Tests;

/// <summary><c>language_assistance</c> in site.yml: what is read, and each wrong tagline reported at its line.</summary>
public sealed class LanguageAssistanceSettingsTests
{
    private const string Site = """
        title: T
        description: D
        base_url: https://stories.test.example
        language: en
        time_zone: America/Chicago
        organization: { name: Test Health, address: "1 Road", phone: "+1-555-010-0100", own_domains: [test.example], own_phones: ["+1-555-010-0100"] }
        service_lines:
          - { slug: cardiology, name: Heart Care, description: "Heart." }
        nav: []
        language_assistance:
          notice: "We do not discriminate."
          languages:
            - { lang: es, name: Español, text: "Hay ayuda gratuita." }

        """;

    private static (Model.SiteSettings? Settings, List<string> Diagnostics) Load(string yaml)
    {
        using var temp = new TempDirectory();
        temp.Write("site.yml", yaml);
        var bag = new DiagnosticBag();
        var loaded = SiteSettingsLoader.Load(temp.Combine("site.yml"), "input/site.yml", new SourceReader(), bag);
        return (loaded?.Settings, bag.ToSortedList().Select(d => d.ToString()).ToList());
    }

    [Fact]
    public void The_section_is_read_with_its_defaults()
    {
        var (settings, diagnostics) = Load(Site);

        Assert.Empty(diagnostics);
        var assistance = settings!.LanguageAssistance!;
        Assert.Equal(("Language assistance", false, null, null), (assistance.Title, assistance.Sample, assistance.Phone, assistance.Tty));
        Assert.Equal(("es", "Español", "Hay ayuda gratuita."), (assistance.Languages[0].Lang, assistance.Languages[0].Name, assistance.Languages[0].Text));
        Assert.Null(Load(Site[..Site.IndexOf("language_assistance", StringComparison.Ordinal)]).Settings!.LanguageAssistance);
    }

    [Theory]
    [InlineData("sp", "input/site.yml:14:15: error SG1040: the tagline language 'sp' is not valid: 'sp' is not a language code the site knows; write a BCP 47 tag such as es, zh-Hant, vi, ar or ht (ISO 639 codes, see README.md, 'Language access')")]
    [InlineData("chinese traditional", "input/site.yml:14:15: error SG1040: the tagline language 'chinese traditional' is not valid: it is not a language tag; write a BCP 47 tag such as es, zh-Hant, vi, ar or ht (ISO 639 codes, see README.md, 'Language access')")]
    [InlineData("ES", "input/site.yml:14:15: error SG1041: the language 'ES' has a tagline already (language_assistance.languages[0]); keep one tagline per language")]
    [InlineData("en-US", "input/site.yml:14:15: error SG1042: 'en-US' is the site's own language ('language: en'); the notice is already in it, so the taglines are for the other languages of your state")]
    public void A_wrong_tagline_language_is_an_error_at_its_line(string lang, string expected)
    {
        var (settings, diagnostics) = Load(Site + $"    - {{ lang: {lang}, name: Name, text: \"Text.\" }}\n");

        Assert.Null(settings);
        Assert.Equal(expected, Assert.Single(diagnostics));
    }

    [Fact]
    public void A_tagline_without_its_name_or_a_section_without_taglines_is_an_error()
    {
        Assert.Equal(
            "input/site.yml:14:7: error SG2006: required field 'language_assistance.languages[1].name' is missing; it is the name of the language written in that language, such as Español or 中文",
            Assert.Single(Load(Site + "    - { lang: vi, text: \"Có hỗ trợ.\" }\n").Diagnostics));
        Assert.Contains(Load(Site.Replace("    - { lang: es, name: Español, text: \"Hay ayuda gratuita.\" }\n", "", StringComparison.Ordinal).Replace("languages:", "languages: []", StringComparison.Ordinal)).Diagnostics, d => d.Contains("error SG2006: 'language_assistance.languages' needs at least one item", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("es", true)]
    [InlineData("zh-Hant", true)]
    [InlineData("hmn", true)]
    [InlineData("pt-BR", true)]
    [InlineData("sp", false)]
    [InlineData("xx-Latn", false)]
    [InlineData("es_MX", false)]
    public void Known_languages_are_ISO_639_codes(string tag, bool known) => Assert.Equal(known, LanguageNames.IsKnown(tag));

    [Theory]
    [InlineData("en", "en-US", true)]
    [InlineData("es", "pt", false)]
    [InlineData("zh-Hans", "zh-Hant", false)]
    [InlineData("es-MX", "ES-mx", true)]
    public void Same_language(string a, string b, bool same) => Assert.Equal(same, LanguageNames.SameLanguage(a, b));
}
