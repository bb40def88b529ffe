namespace Site.Engine.Files;

/// <summary>
/// A path found under a source folder: a file to read, or something that must not be read (a symbolic link, a named
/// pipe, socket or device, or a folder that could not be listed, with <see cref="Problem"/> saying why).
/// </summary>
/// <param name="FullPath">Where it is.</param>
/// <param name="RelativePath">Its path under the folder walked, with forward slashes.</param>
/// <param name="Kind">What it is, looked at without following a link.</param>
/// <param name="Problem">Why a folder could not be listed, if it could not.</param>
public sealed record SourceEntry(string FullPath, string RelativePath, FileKind Kind, string? Problem = null)
{
    public bool IsFile => Kind == FileKind.File;
}
