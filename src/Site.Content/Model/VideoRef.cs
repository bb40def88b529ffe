using Site.Content.FrontMatter;

namespace Site.Content.Model;

/// <summary>
/// A video shown on a story or an article (<c>video:</c>): either a file of the site (<c>file: media/x.webm</c>, MP4 or
/// WebM, with WebVTT <c>captions</c>), or a video hosted by YouTube or Vimeo (<c>provider</c> and <c>id</c>), which the
/// page loads only when the visitor presses "Play video". Both need a first-party <c>poster</c> and a
/// <c>transcript</c> (Markdown, shown below the player, collapsed). The rules that tie the fields together are
/// checked by <c>Sources.CheckVideo</c>.
/// </summary>
public sealed record VideoRef(
    ImageRef Poster,
    [NonEmpty("needs the words of the video, in Markdown, for people who cannot watch or hear it; write it under 'transcript: |' as indented lines")] string Transcript,
    string? File = null,
    string? Captions = null,
    string? CaptionsLabel = null,
    string? Provider = null,
    string? Id = null,
    string? Title = null,
    string? Duration = null,
    DateOnly? UploadDate = null);
