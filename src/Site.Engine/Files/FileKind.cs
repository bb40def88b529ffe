namespace Site.Engine.Files;

/// <summary>What a path is, looked at without following a symbolic link.</summary>
public enum FileKind
{
    Missing,
    File,
    Folder,
    SymbolicLink,

    /// <summary>A named pipe, socket or device: opening one can wait forever or never end.</summary>
    Special,
}
