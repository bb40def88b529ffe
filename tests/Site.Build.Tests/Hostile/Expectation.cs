namespace Site.Build.Tests.Hostile;

/// <summary>
/// What one case requires of the build, on top of the checks every case gets (<see cref="UniversalChecks"/>).
/// <see cref="WithinRenderBudget"/> adds rule 3's budget: under 1 s and under 200 MB more than a plain build.
/// </summary>
public sealed record Expectation(Outcome Outcome, IReadOnlyList<ExpectedDiagnostic> Diagnostics, bool WithinRenderBudget = false)
{
    public static Expectation Fails(params ExpectedDiagnostic[] errors) => new(Outcome.Fails, errors);

    public static Expectation Succeeds(params ExpectedDiagnostic[] warnings) => new(Outcome.Succeeds, warnings);

    public static Expectation SucceedsSilently() => new(Outcome.SucceedsSilently, []);

    /// <summary>For what a rule allows either way: the build succeeds, or it fails with these errors and no other.</summary>
    public static Expectation SucceedsOrFailsOnlyWith(params ExpectedDiagnostic[] errors) => new(Outcome.SucceedsOrFailsOnlyWith, errors);

    public Expectation WithinBudget() => this with { WithinRenderBudget = true };

    public IEnumerable<string> Problems(SiteRun run)
    {
        if (run.TimedOut)
        {
            yield break;
        }

        switch (Outcome)
        {
            case Outcome.Fails when run.ExitCode != 1:
                yield return $"expected the build to fail (exit 1); it exited {run.ExitCode}";
                break;
            case Outcome.Succeeds or Outcome.SucceedsSilently when run.ExitCode != 0:
                yield return $"expected the build to succeed (exit 0); it exited {run.ExitCode}";
                break;
        }

        if (Outcome == Outcome.SucceedsSilently && run.Diagnostics.Count > 0)
        {
            yield return $"expected no diagnostic at all (the input is ignored silently); got {run.Diagnostics.Count}";
        }

        if (Outcome == Outcome.SucceedsOrFailsOnlyWith)
        {
            foreach (var error in run.Diagnostics.Where(d => d.IsError && !Diagnostics.Any(e => e.Matches(d))))
            {
                yield return $"an error other than {string.Join(" or ", Diagnostics)}: {error}";
            }

            if (run.ExitCode is not (0 or 1))
            {
                yield return $"expected the build to succeed or to fail (exit 0 or 1); it exited {run.ExitCode}";
            }

            yield break;
        }

        foreach (var expected in Diagnostics.Where(e => !run.Diagnostics.Any(e.Matches)))
        {
            yield return $"missing: {expected}";
        }
    }

    public override string ToString()
    {
        var diagnostics = string.Join(", ", Diagnostics);
        var what = Outcome switch
        {
            Outcome.Fails => Diagnostics.Count == 0 ? "fails" : $"fails with {diagnostics}",
            Outcome.Succeeds => Diagnostics.Count == 0 ? "succeeds" : $"succeeds with {diagnostics}",
            Outcome.SucceedsSilently => "succeeds with no diagnostic",
            _ => $"succeeds, or fails with nothing but {string.Join(" or ", Diagnostics)}",
        };
        return what + (WithinRenderBudget ? ", within the render budget" : string.Empty);
    }
}
