namespace Site.Content.Views;

/// <summary>
/// The language assistance page as templates see it (<c>site.language_assistance</c>, null without the section in
/// site.yml): where it is, its title and intro, the notice of nondiscrimination in paragraphs, the phone and TTY
/// numbers to call, whether the texts are samples, and every tagline.
/// </summary>
public sealed record LanguageAssistanceView(
    string Url,
    string Title,
    string? Intro,
    IReadOnlyList<string> Notice,
    string Phone,
    string? Tty,
    bool Sample,
    IReadOnlyList<TaglineView> Taglines);

/// <summary>A tagline: its language tag, the language's name in itself, the text, and <c>rtl</c> for a right-to-left script.</summary>
public sealed record TaglineView(string Lang, string Name, string Text, string? Dir);
