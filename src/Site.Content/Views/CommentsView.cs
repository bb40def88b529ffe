namespace Site.Content.Views;

/// <summary>The comment and vote section of a story: which loader module, the stable thread id, its data, and what readers are told.</summary>
public sealed record CommentsView(string Module, string ThreadId, IReadOnlyList<DataAttributeView> Data, string Guidelines, string Disclosure, VotesView? Votes = null);
