namespace Site.Content.Views;

/// <summary>A story's votes as counted at build time, and the summary line readers see.</summary>
public sealed record VotesView(int Points, int Up, int Down, int Total, int? UpvotePercent, string Summary)
{
    /// <summary>The share of downvotes: what the upvotes leave of 100, so the two shown always add up; null when nobody voted.</summary>
    public int? DownvotePercent => UpvotePercent is { } up ? 100 - up : null;
}
