namespace Site.Content.Model;

/// <summary>
/// The comment and vote widget, from <c>comments:</c> in site.yml. Waline is the default provider: <c>server</c>
/// is the address of our own Waline server. The widget loads only when a reader presses "Show comments and votes".
/// With <c>totals_at_build</c> (the default) the build asks the Waline server for every story's votes, so that
/// pages show them without any request from the reader.
/// </summary>
public sealed record CommentSettings(
    CommentProviderKind Provider = CommentProviderKind.Waline,
    string? Server = null,
    GiscusOptions? Giscus = null,
    HyvorOptions? Hyvor = null,
    string Guidelines = "/community-guidelines/",
    bool TotalsAtBuild = true);
