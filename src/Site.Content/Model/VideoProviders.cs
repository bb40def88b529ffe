using System.Text.RegularExpressions;

namespace Site.Content.Model;

/// <summary>
/// The video hosts a page may embed, each with the shape of its ids, the company that runs it (named to visitors
/// before anything loads), the privacy-minded embed address the player frame opens, and the plain watch address
/// offered without JavaScript.
/// </summary>
public sealed partial record VideoProvider(string Key, string Name, string Company, string FrameOrigin, string IdShape, Regex IdPattern, Func<string, string> Embed, Func<string, string> Watch)
{
    public static readonly VideoProvider YouTube = new(
        "youtube", "YouTube", "Google", "https://www.youtube-nocookie.com", "11 letters, digits, '-' or '_', such as dQw4w9WgXcQ", YouTubeId(),
        id => $"https://www.youtube-nocookie.com/embed/{id}?autoplay=1&rel=0",
        id => $"https://www.youtube.com/watch?v={id}");

    public static readonly VideoProvider Vimeo = new(
        "vimeo", "Vimeo", "Vimeo", "https://player.vimeo.com", "digits only, such as 76979871", VimeoId(),
        id => $"https://player.vimeo.com/video/{id}?dnt=1&autoplay=1",
        id => $"https://vimeo.com/{id}");

    public static readonly IReadOnlyList<VideoProvider> All = [YouTube, Vimeo];

    public static VideoProvider? For(string? key) => All.FirstOrDefault(p => string.Equals(p.Key, key, StringComparison.Ordinal));

    /// <summary>The id in an address an editor pasted instead of the id itself (a watch, share, embed or player URL), if any.</summary>
    public string? IdInUrl(string text)
    {
        var match = (Key == "youtube" ? YouTubeUrl() : VimeoUrl()).Match(text);
        return match.Success ? match.Groups["id"].Value : null;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{11}$")]
    private static partial Regex YouTubeId();

    [GeneratedRegex("^[0-9]{1,12}$")]
    private static partial Regex VimeoId();

    [GeneratedRegex(@"(?:youtube(?:-nocookie)?\.com/(?:watch\?(?:.*&)?v=|embed/|shorts/|live/)|youtu\.be/)(?<id>[A-Za-z0-9_-]{11})")]
    private static partial Regex YouTubeUrl();

    [GeneratedRegex(@"vimeo\.com/(?:video/)?(?<id>[0-9]{1,12})")]
    private static partial Regex VimeoUrl();
}
