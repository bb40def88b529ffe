namespace Site.Engine.Output;

/// <summary>Another build holds the output folder's lock.</summary>
public sealed class OutputLockedException(string lockPath, Exception inner)
    : IOException($"Another build holds '{lockPath}'.", inner)
{
    public string LockPath { get; } = lockPath;
}
