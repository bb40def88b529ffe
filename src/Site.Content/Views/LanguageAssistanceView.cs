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
    IReadOnlyList<TaglineView> Taglines)
{
    /// <summary>Equal by value, lists element by element: every page's render depends on it, and each build makes it anew.</summary>
    public bool Equals(LanguageAssistanceView? other) =>
        other is not null && (Url, Title, Intro, Phone, Tty, Sample) == (other.Url, other.Title, other.Intro, other.Phone, other.Tty, other.Sample)
        && Notice.SequenceEqual(other.Notice) && Taglines.SequenceEqual(other.Taglines);

    public override int GetHashCode() => HashCode.Combine(Url, Title, Notice.Count, Taglines.Count);
}

/// <summary>A tagline: its language tag, the language's name in itself, the text, and <c>rtl</c> for a right-to-left script.</summary>
public sealed record TaglineView(string Lang, string Name, string Text, string? Dir);
