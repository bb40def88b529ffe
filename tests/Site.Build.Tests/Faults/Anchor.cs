namespace Site.Build.Tests.Faults;

/// <summary>The event of a build that a kill's delay counts from.</summary>
public enum Anchor
{
    /// <summary>The process started.</summary>
    Start,

    /// <summary>It printed 'site build: writing N files'.</summary>
    Writing,

    /// <summary>The output folder's name changed in its parent (the swap).</summary>
    Swap,
}
