namespace Site.Content.Views;

/// <summary>
/// A video as templates see it. A video of the site has <see cref="SourceUrl"/>, its type and its captions; a hosted
/// one has <see cref="Provider"/> (the service's name), <see cref="Company"/>, the <see cref="EmbedUrl"/> the player
/// frame opens after the visitor presses play, and the <see cref="WatchUrl"/> offered as a plain link.
/// </summary>
public sealed record VideoView(
    string Title,
    ImageView Poster,
    string TranscriptHtml,
    string UploadDateIso,
    string? SourceUrl = null,
    string? SourceType = null,
    string? CaptionsUrl = null,
    string? CaptionsLang = null,
    string? CaptionsLabel = null,
    string? Provider = null,
    string? Company = null,
    string? EmbedUrl = null,
    string? WatchUrl = null,
    string? Duration = null,
    string? DurationIso = null)
{
    public bool Hosted => Provider is not null;
}
