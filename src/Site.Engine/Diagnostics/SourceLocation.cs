namespace Site.Engine.Diagnostics;

/// <summary>
/// A 1-based position in a source file. <see cref="Path"/> is relative to the folder the user works in
/// (for example <c>input/stories/maria.md</c>) and always uses forward slashes. <see cref="EndColumn"/>, when known
/// (not 0), is the column of the last character of what the diagnostic is about, on the same line, so that an
/// editor can underline exactly it; it is carried in the JSON report and not printed.
/// </summary>
public readonly record struct SourceLocation
{
    public SourceLocation(string path, int line = 1, int column = 1, int endColumn = 0)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentOutOfRangeException.ThrowIfLessThan(line, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(column, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(endColumn);
        Path = path.Replace('\\', '/');
        Line = line;
        Column = column;
        EndColumn = endColumn;
    }

    public string Path { get; }

    public int Line { get; }

    public int Column { get; }

    public int EndColumn { get; }

    public override string ToString() => $"{Path}:{Line}:{Column}";
}
