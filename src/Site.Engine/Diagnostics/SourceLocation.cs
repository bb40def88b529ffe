namespace Site.Engine.Diagnostics;

/// <summary>
/// A 1-based position in a source file. <see cref="Path"/> is relative to the folder the user works in
/// (for example <c>input/stories/maria.md</c>) and always uses forward slashes.
/// </summary>
public readonly record struct SourceLocation
{
    public SourceLocation(string path, int line = 1, int column = 1)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentOutOfRangeException.ThrowIfLessThan(line, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(column, 1);
        Path = path.Replace('\\', '/');
        Line = line;
        Column = column;
    }

    public string Path { get; }

    public int Line { get; }

    public int Column { get; }

    public override string ToString() => $"{Path}:{Line}:{Column}";
}
