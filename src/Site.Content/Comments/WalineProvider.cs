using Site.Content.FrontMatter;
using Site.Content.Model;
using Site.Engine.Diagnostics;

namespace Site.Content.Comments;

/// <summary>
/// Waline, self-hosted: the client is served from our own site (<c>/assets/vendor/waline/</c>, the npm package's
/// files); the only other origin is our comment server's API. Privacy settings live in the loader module: no
/// login, nickname only (no e-mail), no third-party avatars, emoji or GIF search, no page-view counter.
/// </summary>
public sealed class WalineProvider : ICommentProvider
{
    public CommentProviderKind Kind => CommentProviderKind.Waline;

    public string Module => "waline";

    public bool Validate(CommentSettings settings, FieldLocations locations, DiagnosticBag diagnostics)
    {
        if (settings.Server is null)
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.MissingField, locations["comments"], "the Waline widget needs 'comments.server': the address of our Waline server, such as https://comments.example.org"));
            return false;
        }

        if (ParseServer(settings.Server) is null)
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.InvalidValue, locations["comments.server"], $"'comments.server' must be an absolute http or https address; found '{settings.Server}'"));
            return false;
        }

        return true;
    }

    public IReadOnlyList<(string Name, string Value)> Attributes(CommentSettings settings) => [("server", settings.Server!.TrimEnd('/'))];

    /// <summary>The server's origin as the Content-Security-Policy needs it: scheme, ASCII host (punycode) and port only.</summary>
    public IReadOnlyList<string> ConnectOrigins(CommentSettings settings)
    {
        var server = ParseServer(settings.Server)!;
        return [$"{server.Scheme}://{server.IdnHost}{(server.IsDefaultPort ? string.Empty : ":" + server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture))}"];
    }

    public IReadOnlyList<string> FrameOrigins(CommentSettings settings) => [];

    public string Disclosure(CommentSettings settings) =>
        $"Comments and votes are kept on our own comment server ({ParseServer(settings.Server)!.IdnHost}). Opening them sends your IP address and browser details there; no cookies and no other companies are involved.";

    /// <summary>
    /// An absolute http(s) address with a host, no user name or password, and only printable characters (no space, line
    /// break or direction mark); null otherwise. Uri.TryCreate can throw on some malformed input (found by fuzzing).
    /// </summary>
    private static Uri? ParseServer(string? text)
    {
        if (text is null || text.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format))
        {
            return null;
        }

        try
        {
            // IdnHost is read here too: it throws for a host IDN refuses (a lone surrogate, found by fuzzing), which must be
            // this error, not a crash where the Content-Security-Policy is written.
            return Uri.TryCreate(text, UriKind.Absolute, out var server) && server.Scheme is "https" or "http" && server.Host.Length > 0 && server.UserInfo.Length == 0 && server.IdnHost.Length > 0 ? server : null;
        }
        catch (Exception exception) when (exception is IndexOutOfRangeException or ArgumentException or UriFormatException)
        {
            return null;
        }
    }
}
