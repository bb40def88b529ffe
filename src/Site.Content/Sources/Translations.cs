namespace Site.Content.Sources;

/// <summary>
/// A document facet on a story or article published in more than one language: every published version, the
/// original first (see <see cref="LinkTranslations"/>).
/// </summary>
public sealed record Translations(IReadOnlyList<TranslationVersion> Versions);

/// <summary>One published version: its language, address and title, and whether it is the original.</summary>
public sealed record TranslationVersion(string Lang, string Url, string Title, bool Original);
