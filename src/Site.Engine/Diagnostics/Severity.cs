namespace Site.Engine.Diagnostics;

/// <summary>How serious a diagnostic is. Only <see cref="Error"/> fails a build.</summary>
public enum Severity
{
    Info,
    Warning,
    Error,
}
