using Site.Content.FrontMatter;

namespace Site.Content.Model;

/// <summary>
/// <c>language_assistance:</c> in site.yml: the notice of nondiscrimination and the taglines (in the languages most
/// spoken in the organization's state) that say free language help is available, as Section 1557 of the Affordable
/// Care Act asks of a covered entity. The organization provides the texts; the site shows them on one page, linked
/// from every footer. <c>sample: true</c> marks texts that are placeholders (the demo's), and the page says so.
/// </summary>
public sealed record LanguageAssistance(
    [NonEmpty("is the notice of nondiscrimination, in the site's language; paste the text your organization provides")] string Notice,
    [NonEmpty] IReadOnlyList<Tagline> Languages,
    string Title = "Language assistance",
    string? Intro = null,
    string? Phone = null,
    string? Tty = null,
    bool Sample = false);

/// <summary>One tagline: its BCP 47 language tag, the language's name in that language, and the text.</summary>
public sealed record Tagline(
    string Lang,
    [NonEmpty("is the name of the language written in that language, such as Español or 中文")] string Name,
    [NonEmpty("is the tagline in that language, saying that free language help is available and how to ask for it")] string Text);
