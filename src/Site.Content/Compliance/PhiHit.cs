namespace Site.Content.Compliance;

/// <summary>A possible identifier found in a text: its kind, the text as written, and its 1-based line and column.</summary>
public sealed record PhiHit(PhiKind Kind, string Text, int Line, int Column);
