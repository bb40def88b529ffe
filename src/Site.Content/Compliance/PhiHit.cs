namespace Site.Content.Compliance;

/// <summary>
/// A possible identifier found in a text: its kind, the text as written, its 1-based line and column, and its length
/// (so an editor's tool can underline exactly it; an identifier never spans lines).
/// </summary>
public sealed record PhiHit(PhiKind Kind, string Text, int Line, int Column)
{
    /// <summary>Where the hit starts in the scanned text (0-based).</summary>
    public int Index { get; init; }

    public int Length => Text.Length;

    /// <summary>The 1-based column of the hit's last character.</summary>
    public int EndColumn => Column + Math.Max(Text.Length, 1) - 1;
}
