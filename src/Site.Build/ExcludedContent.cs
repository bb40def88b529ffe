namespace Site.Build;

/// <summary>A content file that was not published, and why (for the build report).</summary>
public sealed record ExcludedContent(string Source, string Reason);
