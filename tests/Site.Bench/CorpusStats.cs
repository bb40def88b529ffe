namespace Site.Bench;

/// <summary>What a generated corpus holds.</summary>
public sealed record CorpusStats(int Stories, long Words, long Links, int Images);
