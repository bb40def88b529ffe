namespace Site.Engine.Diagnostics;

/// <summary>Orders diagnostics by file, line, column, code and message, all ordinal.</summary>
public sealed class DiagnosticOrder : IComparer<Diagnostic>
{
    public static readonly DiagnosticOrder Instance = new();

    public int Compare(Diagnostic? x, Diagnostic? y)
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

        var byPath = string.CompareOrdinal(x.Location.Path, y.Location.Path);
        if (byPath != 0)
        {
            return byPath;
        }

        var byLine = x.Location.Line.CompareTo(y.Location.Line);
        if (byLine != 0)
        {
            return byLine;
        }

        var byColumn = x.Location.Column.CompareTo(y.Location.Column);
        if (byColumn != 0)
        {
            return byColumn;
        }

        var byCode = string.CompareOrdinal(x.Code, y.Code);
        if (byCode != 0)
        {
            return byCode;
        }

        // The same finding reached from two places (one link written once, on two spots of its page) is ordered by them.
        var byMessage = string.CompareOrdinal(x.Message, y.Message);
        return byMessage != 0 ? byMessage : string.CompareOrdinal(x.Via?.ToString(), y.Via?.ToString());
    }
}
