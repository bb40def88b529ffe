namespace Site.Build.Tests.Hostile;

/// <summary>
/// A diagnostic a case requires: a severity, and as much of code, path, line and column as the rule fixes
/// (null means "any"). A case matches path and code; line and column only where the rule names a position.
/// A path that ends with '/' names a folder: any file in it matches.
/// </summary>
public sealed record ExpectedDiagnostic(string Severity, string? Code, string? Path, int? Line = null, int? Column = null)
{
    /// <summary>An error with this code at this file (and line and column, where the rule says so).</summary>
    public static ExpectedDiagnostic Error(string code, string path, int? line = null, int? column = null) => new("error", code, path, line, column);

    /// <summary>An error of any code that names this file.</summary>
    public static ExpectedDiagnostic ErrorAt(string path, int? line = null) => new("error", null, path, line);

    /// <summary>An error of any code that names a file in this folder (written with a final '/').</summary>
    public static ExpectedDiagnostic ErrorUnder(string folder) => new("error", null, folder.EndsWith('/') ? folder : folder + "/");

    /// <summary>An error with this code, wherever it is reported (the rule does not fix the file, e.g. a page check).</summary>
    public static ExpectedDiagnostic ErrorAnywhere(string code) => new("error", code, null);

    public static ExpectedDiagnostic Warning(string code, string path) => new("warning", code, path);

    public bool Matches(ReportedDiagnostic reported) =>
        reported.Severity == Severity
        && (Code is null || reported.Code == Code)
        && (Path is null || reported.Path == Path || (Path.EndsWith('/') && reported.Path.StartsWith(Path, StringComparison.Ordinal)))
        && (Line is null || reported.Line == Line)
        && (Column is null || reported.Column == Column);

    public override string ToString() =>
        $"{Severity} {Code ?? "(any code)"} at {Path ?? "(any file)"}{(Line is { } line ? $":{line}" : string.Empty)}{(Column is { } column ? $":{column}" : string.Empty)}";
}
