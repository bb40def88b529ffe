using Xunit;

namespace Site.Build.Tests.Hostile;

/// <summary>
/// Runs the hostile input catalogue (<see cref="HostileCatalogue"/>): each case breaks the fixture's site in one
/// way, runs <c>site build</c> on it, and checks the case's outcome, the universal checks and, where asked, the
/// render budget. All failed checks of a case are reported together.
/// </summary>
public sealed class HostileInputTests
{
    public static TheoryData<string> Cases => [.. HostileCatalogue.All.Select(c => c.Name)];

    [Theory(Timeout = 180_000)]
    [MemberData(nameof(Cases))]
    public async Task A_hostile_input_is_answered_by_the_rules(string name)
    {
        // Arrange
        var hostile = HostileCatalogue.Named(name);
        using var site = new HostileSite();
        hostile.Arrange(site);

        // Act
        var run = await SiteProcess.BuildAsync(site.Root);

        // Assert
        var problems = hostile.Expected.Problems(run).Concat(UniversalChecks.Problems(site, run)).ToList();
        if (hostile.Expected.WithinRenderBudget)
        {
            problems.AddRange(await RenderBudget.ProblemsAsync(run));
        }

        Assert.True(problems.Count == 0, Explain(hostile, run, problems));
    }

    [Fact]
    public void The_catalogue_has_at_least_60_cases_each_named_once()
    {
        var names = HostileCatalogue.All.Select(c => c.Name).ToList();

        Assert.True(names.Count >= 60, $"{names.Count} cases");
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact(Timeout = 120_000)]
    public async Task The_plain_fixture_builds_cleanly_as_a_process()
    {
        var plain = await RenderBudget.BaselineAsync();

        Assert.Equal(0, plain.ExitCode);
        Assert.Empty(plain.Diagnostics);
    }

    private static string Explain(HostileCase hostile, SiteRun run, IReadOnlyList<string> problems)
    {
        var measured = run.CpuSeconds is { } cpu ? $", {cpu:0.00} s CPU, {run.PeakMegabytes:0} MB peak" : string.Empty;
        var stderr = run.StderrLines.Take(40).Select(l => "    " + (l.Length > 300 ? l[..300] + "..." : l));
        return $"""
            {hostile.Name}: expected it {hostile.Expected}
            {string.Join("\n", problems.Select(p => "  - " + p))}
            exit {run.ExitCode}{(run.TimedOut ? " (killed)" : string.Empty)}, {run.Wall.TotalSeconds:0.00} s{measured}; stderr:
            {string.Join("\n", stderr)}
            """;
    }
}
