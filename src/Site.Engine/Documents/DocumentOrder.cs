namespace Site.Engine.Documents;

/// <summary>The engine's canonical order: output path, then id, ordinal. Documents without an output path come first.</summary>
public sealed class DocumentOrder : IComparer<Document>
{
    public static readonly DocumentOrder Instance = new();

    public int Compare(Document? x, Document? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        var byPath = string.CompareOrdinal(x.OutputPath, y.OutputPath);
        return byPath != 0 ? byPath : string.CompareOrdinal(x.Id, y.Id);
    }
}
