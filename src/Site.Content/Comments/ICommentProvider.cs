using Site.Content.Model;
using Site.Engine.Diagnostics;

namespace Site.Content.Comments;

/// <summary>
/// One comment widget: how its settings are checked, the data its first-party loader module needs, and the
/// origins the page may contact once the reader has asked for it (for the Content-Security-Policy). A provider is
/// one class here and one module in <c>theme/assets/comments/&lt;name&gt;.js</c>.
/// </summary>
public interface ICommentProvider
{
    CommentProviderKind Kind { get; }

    /// <summary>The loader module's name: <c>/assets/comments/{Module}.js</c>.</summary>
    string Module { get; }

    /// <summary>Reports every setting that is missing or wrong; returns false when the widget cannot be embedded.</summary>
    bool Validate(CommentSettings settings, FrontMatter.FieldLocations locations, DiagnosticBag diagnostics);

    /// <summary>The data-* attributes of the comments section (without the prefix), besides the thread id.</summary>
    IReadOnlyList<(string Name, string Value)> Attributes(CommentSettings settings);

    /// <summary>Origins the page connects to (fetch/XHR) once the widget is opened.</summary>
    IReadOnlyList<string> ConnectOrigins(CommentSettings settings);

    /// <summary>Origins the page loads scripts or frames from once the widget is opened (none for a self-hosted widget).</summary>
    IReadOnlyList<string> FrameOrigins(CommentSettings settings);

    /// <summary>Where the widget's data goes, in one sentence for readers ("our own comment server at ...").</summary>
    string Disclosure(CommentSettings settings);
}
