namespace Site.Content.Views;

/// <summary>
/// One published language version of the page (the page itself included): its language tag, address (and absolute
/// address, for <c>hreflang</c>), title, the language's name in itself, <c>rtl</c> for a right-to-left script, whether
/// it is the page being rendered and whether it is the original.
/// </summary>
public sealed record TranslationView(string Lang, string Url, string AbsoluteUrl, string Title, string Name, string? Dir, bool Current, bool Original);
