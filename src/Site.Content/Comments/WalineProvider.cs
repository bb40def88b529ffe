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

        if (!Uri.TryCreate(settings.Server, UriKind.Absolute, out var server) || server.Scheme is not ("https" or "http"))
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.InvalidValue, locations["comments.server"], $"'comments.server' must be an absolute http or https address; found '{settings.Server}'"));
            return false;
        }

        return true;
    }

    public IReadOnlyList<(string Name, string Value)> Attributes(CommentSettings settings) => [("server", settings.Server!.TrimEnd('/'))];

    public IReadOnlyList<string> ConnectOrigins(CommentSettings settings) => [new Uri(settings.Server!).GetLeftPart(UriPartial.Authority)];

    public IReadOnlyList<string> FrameOrigins(CommentSettings settings) => [];

    public string Disclosure(CommentSettings settings) =>
        $"Comments and votes are kept on our own comment server ({new Uri(settings.Server!).Host}). Opening them sends your IP address and browser details there; no cookies and no other companies are involved.";
}
