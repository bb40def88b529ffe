namespace Site.Engine.Diagnostics;

/// <summary>
/// One finding of a build, as data. Printed in the form compilers use:
/// <c>input/stories/maria.md:12:5: error SG2003: ...</c>. <see cref="Via"/> names a second place
/// involved, such as the template line reached while rendering the story.
/// </summary>
public sealed record Diagnostic(string Code, Severity Severity, string Message, SourceLocation Location, SourceLocation? Via = null)
{
    public static Diagnostic Error(string code, SourceLocation location, string message, SourceLocation? via = null) =>
        new(code, Severity.Error, message, location, via);

    public static Diagnostic Warning(string code, SourceLocation location, string message, SourceLocation? via = null) =>
        new(code, Severity.Warning, message, location, via);

    public bool IsError => Severity == Severity.Error;

    public override string ToString()
    {
        var severity = Severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "info",
        };
        var text = $"{Location}: {severity} {Code}: {Message}";
        return Via is { } via ? $"{text} (via {via})" : text;
    }
}
