namespace Site.Build.Tests.Hostile;

/// <summary>One row of the catalogue: the rule it tests, a short title, how to set it up, and what must happen.</summary>
public sealed record HostileCase(int Rule, string Title, Action<HostileSite> Arrange, Expectation Expected)
{
    /// <summary>The name a test run shows, such as <c>R1 story link to a file outside</c>.</summary>
    public string Name => $"R{Rule} {Title}";

    public override string ToString() => Name;
}
