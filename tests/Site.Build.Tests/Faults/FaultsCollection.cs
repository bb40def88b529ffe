using Xunit;

namespace Site.Build.Tests.Faults;

/// <summary>
/// The fault tests run one at a time and alone: they mount file systems, change owners and kill processes, and
/// their long builds should not share the machine's cores with each other.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FaultsCollection
{
    public const string Name = "Faults";
}
