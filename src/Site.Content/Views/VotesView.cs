namespace Site.Content.Views;

/// <summary>A story's votes as counted at build time, and the summary line readers see.</summary>
public sealed record VotesView(int Points, int Up, int Down, int Total, int? UpvotePercent, string Summary);
