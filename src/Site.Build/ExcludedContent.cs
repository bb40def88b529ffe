using Site.Content.Model;

namespace Site.Build;

/// <summary>
/// A content file that was not published, and why (for the build summary and the build report): a draft, or content
/// scheduled for a later day, which the first build on or after <see cref="PublishOn"/> publishes.
/// </summary>
/// <param name="Source">The file, as messages name it (<c>input/articles/x.md</c>).</param>
/// <param name="Reason">Why it was left out, in words.</param>
public sealed record ExcludedContent(string Source, string Reason)
{
    /// <summary>A draft (<c>draft: true</c>) is left out until it is published by an edit.</summary>
    public const string DraftStatus = "draft";

    /// <summary>Scheduled content (a <c>date</c> after the build's today) is left out until its day.</summary>
    public const string ScheduledStatus = "scheduled";

    /// <summary>Its kind.</summary>
    public ContentKind Kind { get; init; }

    /// <summary><see cref="DraftStatus"/> or <see cref="ScheduledStatus"/>.</summary>
    public string Status { get; init; } = DraftStatus;

    /// <summary>The URL it has (or will have) once published.</summary>
    public string Url { get; init; } = string.Empty;

    /// <summary>The day it is published on, for scheduled content; null for a draft.</summary>
    public DateOnly? PublishOn { get; init; }
}
