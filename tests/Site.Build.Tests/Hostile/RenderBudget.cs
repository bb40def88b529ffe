namespace Site.Build.Tests.Hostile;

/// <summary>
/// Rule 3's budget for a pathological document: it renders in under 1 s and under 200 MB. Measured as what the
/// whole build uses beyond a build of the plain fixture (run once, the same way): CPU seconds (steadier than the
/// wall clock on a shared machine, and never less than the time one thread spends) and peak resident memory.
/// </summary>
public static class RenderBudget
{
    public const double Seconds = 1.0;

    public const double Megabytes = 200;

    private static readonly Lazy<Task<SiteRun>> Plain = new(async () =>
    {
        using var site = new HostileSite();
        return await SiteProcess.BuildAsync(site.Root);
    });

    public static Task<SiteRun> BaselineAsync() => Plain.Value;

    public static async Task<IReadOnlyList<string>> ProblemsAsync(SiteRun run)
    {
        if (run.TimedOut)
        {
            return [];
        }

        var plain = await BaselineAsync();
        var problems = new List<string>();
        if (run.CpuSeconds is { } cpu && plain.CpuSeconds is { } plainCpu)
        {
            if (cpu - plainCpu > Seconds)
            {
                problems.Add($"over the time budget: {cpu - plainCpu:0.00} s of CPU more than a plain build ({plainCpu:0.00} s); the limit is {Seconds:0.0} s");
            }
        }
        else if ((run.Wall - plain.Wall).TotalSeconds > Seconds)
        {
            problems.Add($"over the time budget: {(run.Wall - plain.Wall).TotalSeconds:0.00} s more than a plain build (wall clock; GNU time was not there to measure CPU)");
        }

        if (run.PeakMegabytes is { } peak && plain.PeakMegabytes is { } plainPeak && peak - plainPeak > Megabytes)
        {
            problems.Add($"over the memory budget: {peak - plainPeak:0} MB more than a plain build ({plainPeak:0} MB); the limit is {Megabytes:0} MB");
        }

        return problems;
    }
}
