namespace Site.Content.Model;

/// <summary>
/// The comment and vote widget, from <c>comments:</c> in site.yml. Waline is the default provider: <c>server</c>
/// is the address of our own Waline server. The widget loads only when a reader presses "Show comments and votes".
/// </summary>
public sealed record CommentSettings(
    CommentProviderKind Provider = CommentProviderKind.Waline,
    string? Server = null,
    GiscusOptions? Giscus = null,
    HyvorOptions? Hyvor = null,
    string Guidelines = "/community-guidelines/");
