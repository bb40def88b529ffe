namespace Site.Content.Views;

/// <summary>
/// An active alert as the banner shows it: words and an icon for its severity (never colour alone), whether it is
/// urgent (severe or extreme: <c>role="alert"</c>, not dismissible), its text, and its times for the browser.
/// </summary>
public sealed record AlertView(
    string Id,
    string Severity,
    string Label,
    string Icon,
    bool Urgent,
    string Headline,
    string Description,
    string? Instruction,
    string Contact,
    string? Url,
    string Updated,
    string UpdatedIso,
    string Effective,
    string EffectiveIso,
    string Expires,
    string ExpiresIso,
    string Event,
    string Locations,
    string? Drill)
{
    /// <summary>Moderate and minor alerts can be dismissed (they come back when <c>updated</c> changes); urgent ones cannot.</summary>
    public bool Dismissible => !Urgent;

    /// <summary><see cref="Contact"/> as HTML, escaped, with its phone numbers in the site's format and linked with <c>tel:</c>.</summary>
    public string ContactHtml { get; init; } = System.Net.WebUtility.HtmlEncode(Contact);
}
