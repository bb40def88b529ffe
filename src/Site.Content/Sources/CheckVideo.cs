using System.Globalization;
using System.Text.RegularExpressions;
using Site.Content.FrontMatter;
using Site.Content.Model;
using Site.Engine.Diagnostics;

namespace Site.Content.Sources;

/// <summary>
/// The rules of a <c>video:</c> that need only its own file: exactly one of <c>file</c> and <c>provider</c>; a file is
/// MP4 or WebM under media/ and has WebVTT captions; a provider is YouTube or Vimeo with an id of its shape; a
/// duration is m:ss or h:mm:ss; and a story's authorization lists <c>video</c>. That the files exist and the captions
/// parse is checked with the rest of the site's media (<see cref="CheckContent"/>).
/// </summary>
public static partial class CheckVideo
{
    public static readonly IReadOnlyDictionary<string, string> FileTypes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".mp4"] = "video/mp4",
        [".m4v"] = "video/mp4",
        [".webm"] = "video/webm",
    };

    public static void Check(IContentFrontMatter frontMatter, VideoRef video, FieldLocations locations, DiagnosticBag diagnostics)
    {
        var at = locations["video"];
        if (video.File is null && video.Provider is null)
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.VideoSourceInvalid, at, "'video' needs either 'file: media/<name>.webm' (or .mp4) for a video of the site, or 'provider: youtube' (or vimeo) and 'id:' for a hosted one"));
        }
        else if (video.File is not null && video.Provider is not null)
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.VideoSourceInvalid, locations["video.provider"], "'video' has both 'file' and 'provider'; keep 'file' for the site's own copy (preferred: nothing is loaded from another company), or 'provider' and 'id' for a hosted one"));
        }
        else if (video.File is { } file)
        {
            CheckFile(video, file, at, locations, diagnostics);
        }
        else
        {
            CheckHosted(video, locations, diagnostics);
        }

        if (video.Duration is { } duration && IsoDuration(duration) is null)
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.InvalidValue, locations["video.duration"], $"'video.duration' must be minutes and seconds (2:05) or hours, minutes and seconds (1:02:05); found '{duration}'"));
        }

        if (frontMatter is StoryFrontMatter story && !story.Consent.Identifiers.Contains("video", StringComparer.Ordinal))
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.VideoConsentMissing, at, $"the story shows a video of the patient, but 'consent.identifiers' does not list 'video'; add it ([{string.Join(", ", story.Consent.Identifiers.Append("video"))}]) only if the signed authorization allows a video, otherwise remove 'video'"));
        }
    }

    private static void CheckFile(VideoRef video, string file, SourceLocation at, FieldLocations locations, DiagnosticBag diagnostics)
    {
        if (!FileTypes.ContainsKey(Path.GetExtension(file)))
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.VideoFileType, locations["video.file"], $"'video.file' must be an MP4 or WebM video (.mp4, .webm), which every browser plays; found '{file}'; convert it (for example with ffmpeg) and write 'media/<name>.webm'"));
        }

        if (video.Id is not null)
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.VideoSourceInvalid, locations["video.id"], "'video.id' belongs to a hosted video ('provider'); a video of the site has only 'file'; remove 'id'"));
        }

        if (video.Captions is null)
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.VideoCaptionsMissing, at, "a video needs captions for people who cannot hear it: add 'captions: media/<name>.vtt', a WebVTT file in input/media/"));
        }
        else if (!string.Equals(Path.GetExtension(video.Captions), ".vtt", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.VideoFileType, locations["video.captions"], $"'video.captions' must be a WebVTT file (.vtt); found '{video.Captions}'; convert an .srt file by adding a 'WEBVTT' line and writing '.' instead of ',' in the times"));
        }
    }

    private static void CheckHosted(VideoRef video, FieldLocations locations, DiagnosticBag diagnostics)
    {
        if (VideoProvider.For(video.Provider) is not { } provider)
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.VideoSourceInvalid, locations["video.provider"], $"unknown video provider '{video.Provider}'; the site can embed only youtube or vimeo (each loaded only when the visitor presses play); for another host, download the video and use 'file: media/<name>.webm'"));
            return;
        }

        if (video.Captions is not null)
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.VideoSourceInvalid, locations["video.captions"], $"'video.captions' is for a video of the site; a {provider.Name} video shows the captions uploaded to {provider.Name}: remove 'captions' and add them there"));
        }

        if (video.Id is not { } id)
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.VideoIdInvalid, locations["video"], $"a {provider.Name} video needs 'id:', the video's id on {provider.Name} ({provider.IdShape})"));
        }
        else if (!provider.IdPattern.IsMatch(id))
        {
            var fix = provider.IdInUrl(id) is { } found ? $"write only the id: 'id: {found}'" : $"a {provider.Name} id is {provider.IdShape}";
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.VideoIdInvalid, locations["video.id"], $"'{Shorten(id)}' is not a {provider.Name} video id; {fix}"));
        }
    }

    /// <summary>A duration written m:ss or h:mm:ss as ISO 8601 (PT1M30S), or null when it is not of that shape.</summary>
    public static string? IsoDuration(string text)
    {
        var match = Duration().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }

        var hours = match.Groups["h"].Success ? int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture) : 0;
        var minutes = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var seconds = int.Parse(match.Groups["s"].Value, CultureInfo.InvariantCulture);
        if (match.Groups["h"].Success && minutes > 59)
        {
            return null;
        }

        var total = new TimeSpan(hours, minutes, seconds);
        return total == TimeSpan.Zero ? null : string.Create(CultureInfo.InvariantCulture, $"PT{(total.Hours + (total.Days * 24) is var h and > 0 ? $"{h}H" : string.Empty)}{(total.Minutes > 0 ? $"{total.Minutes}M" : string.Empty)}{(total.Seconds > 0 ? $"{total.Seconds}S" : string.Empty)}");
    }

    private static string Shorten(string value) => value.Length > 60 ? value[..57] + "..." : value;

    [GeneratedRegex(@"^(?:(?<h>\d{1,2}):)?(?<m>\d{1,3}):(?<s>[0-5]\d)$")]
    private static partial Regex Duration();
}
