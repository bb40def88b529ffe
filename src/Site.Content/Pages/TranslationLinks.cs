using Site.Content.Builds;
using Site.Content.Formats;
using Site.Content.Sources;
using Site.Content.Views;

namespace Site.Content.Pages;

/// <summary>
/// The language versions of a page as templates see them. A language is named in itself: by its tagline's name in
/// site.yml's <c>language_assistance</c> when it has one (the organization's own wording), else by
/// <see cref="LanguageNames.Endonym"/>.
/// </summary>
public static class TranslationLinks
{
    public static IReadOnlyList<TranslationView> For(Translations translations, string pageUrl, BuildContext build) =>
        translations.Versions
            .Select(v => new TranslationView(
                v.Lang,
                v.Url,
                build.AbsoluteUrl(v.Url),
                v.Title,
                NameOf(v.Lang, build),
                PageLanguage.IsRightToLeft(v.Lang) ? "rtl" : null,
                v.Url == pageUrl,
                v.Original))
            .ToList();

    private static string NameOf(string lang, BuildContext build) =>
        build.Settings.LanguageAssistance?.Languages.FirstOrDefault(t => string.Equals(t.Lang.Trim(), lang, StringComparison.OrdinalIgnoreCase))?.Name.Trim()
            ?? LanguageNames.Endonym(lang);
}
