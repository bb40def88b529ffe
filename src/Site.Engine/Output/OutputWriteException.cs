namespace Site.Engine.Output;

/// <summary>
/// Writing one document failed: which document (its source, so a message can name the story that made a path too
/// long), which output path, and the system's reason (<see cref="Exception.InnerException"/>).
/// </summary>
public sealed class OutputWriteException(string outputPath, string? sourcePath, Exception inner)
    : IOException(inner.Message, inner)
{
    public string OutputPath { get; } = outputPath;

    public string? SourcePath { get; } = sourcePath;
}
