using Site.Content.Model;

namespace Site.Content.Comments;

/// <summary>Every provider the site can embed, by kind.</summary>
public static class CommentProviders
{
    public static readonly IReadOnlyList<ICommentProvider> All = [new WalineProvider(), new GiscusProvider(), new HyvorProvider()];

    public static ICommentProvider For(CommentProviderKind kind) => All.Single(p => p.Kind == kind);
}
