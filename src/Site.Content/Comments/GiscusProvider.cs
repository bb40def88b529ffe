using Site.Content.FrontMatter;
using Site.Content.Model;
using Site.Engine.Diagnostics;

namespace Site.Content.Comments;

/// <summary>
/// Giscus (GitHub Discussions), hosted: its script and frame come from giscus.app and are injected only when the
/// reader asks for them. Readers need a GitHub account to comment or react.
/// </summary>
public sealed class GiscusProvider : ICommentProvider
{
    public const string Origin = "https://giscus.app";

    public CommentProviderKind Kind => CommentProviderKind.Giscus;

    public string Module => "giscus";

    public bool Validate(CommentSettings settings, FieldLocations locations, DiagnosticBag diagnostics)
    {
        if (settings.Giscus is null)
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.MissingField, locations["comments"], "the Giscus widget needs 'comments.giscus' with repo, repo_id, category and category_id (from giscus.app)"));
            return false;
        }

        return true;
    }

    public IReadOnlyList<(string Name, string Value)> Attributes(CommentSettings settings)
    {
        var giscus = settings.Giscus!;
        return [("repo", giscus.Repo), ("repo-id", giscus.RepoId), ("category", giscus.Category), ("category-id", giscus.CategoryId), ("theme", giscus.Theme)];
    }

    public IReadOnlyList<string> ConnectOrigins(CommentSettings settings) => [Origin];

    public IReadOnlyList<string> FrameOrigins(CommentSettings settings) => [Origin];

    public string Disclosure(CommentSettings settings) =>
        "Comments and reactions are kept in GitHub Discussions through giscus.app. Opening them connects your browser to giscus.app and GitHub, which see your IP address; commenting needs a GitHub account.";
}
