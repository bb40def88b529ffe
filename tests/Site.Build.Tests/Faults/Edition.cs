namespace Site.Build.Tests.Faults;

/// <summary>Which of a <see cref="FaultSite"/>'s two inputs a build reads.</summary>
public enum Edition
{
    First,
    Second,
}
