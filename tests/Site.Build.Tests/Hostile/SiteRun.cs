namespace Site.Build.Tests.Hostile;

/// <summary>
/// One run of <c>site build</c> as a child process: how it ended, what it printed, the diagnostics read from
/// stderr, and (where GNU time is there to measure them) the CPU seconds and the peak memory it used.
/// </summary>
public sealed record SiteRun(int ExitCode, bool TimedOut, string Stdout, string Stderr, TimeSpan Wall, double? CpuSeconds, double? PeakMegabytes)
{
    public IReadOnlyList<string> StderrLines { get; } = Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public IReadOnlyList<ReportedDiagnostic> Diagnostics { get; } =
        [.. Stderr.Split('\n', StringSplitOptions.TrimEntries).Select(ReportedDiagnostic.TryParse).OfType<ReportedDiagnostic>()];
}
