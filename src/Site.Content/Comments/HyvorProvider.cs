using System.Globalization;
using Site.Content.FrontMatter;
using Site.Content.Model;
using Site.Engine.Diagnostics;

namespace Site.Content.Comments;

/// <summary>Hyvor Talk, hosted: its script is injected only when the reader asks for it, and the page id is the story's id.</summary>
public sealed class HyvorProvider : ICommentProvider
{
    public const string Origin = "https://talk.hyvor.com";

    public CommentProviderKind Kind => CommentProviderKind.Hyvor;

    public string Module => "hyvor";

    public bool Validate(CommentSettings settings, FieldLocations locations, DiagnosticBag diagnostics)
    {
        if (settings.Hyvor is null)
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.MissingField, locations["comments"], "the Hyvor Talk widget needs 'comments.hyvor.website_id' (from the Hyvor Talk console)"));
            return false;
        }

        return true;
    }

    public IReadOnlyList<(string Name, string Value)> Attributes(CommentSettings settings) =>
        [("website-id", settings.Hyvor!.WebsiteId.ToString(CultureInfo.InvariantCulture))];

    public IReadOnlyList<string> ConnectOrigins(CommentSettings settings) => [Origin];

    public IReadOnlyList<string> FrameOrigins(CommentSettings settings) => [Origin];

    public string Disclosure(CommentSettings settings) =>
        "Comments and reactions are kept by Hyvor Talk. Opening them connects your browser to talk.hyvor.com, which sees your IP address.";
}
