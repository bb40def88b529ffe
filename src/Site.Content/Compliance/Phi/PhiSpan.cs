namespace Site.Content.Compliance.Phi;

/// <summary>A candidate identifier: its kind, where it starts in the scanned text and how long it is.</summary>
public readonly record struct PhiSpan(PhiKind Kind, int Index, int Length)
{
    public int End => Index + Length;

    public bool Overlaps(PhiSpan other) => Index < other.End && other.Index < End;
}
