namespace Site.Content.Comments;

/// <summary>A story facet: its upvotes and downvotes as the comment server counted them at build time.</summary>
public sealed record VoteTotals(int Up, int Down)
{
    public int Total => Up + Down;

    public int Points => Up - Down;

    /// <summary>The share of upvotes, rounded; null when nobody voted.</summary>
    public int? UpvotePercent => Total == 0 ? null : (int)Math.Round(100.0 * Up / Total, MidpointRounding.AwayFromZero);
}
