namespace Site.Build.Tests.Faults;

/// <summary>What a clean build of each edition of a <see cref="FaultSite"/> gives: the only two states output/ may be in.</summary>
public sealed record CleanBuilds(Snapshot First, Snapshot Second)
{
    public static async Task<CleanBuilds> OfAsync(FaultSite site) =>
        new(await site.CleanBuildAsync(Edition.First), await site.CleanBuildAsync(Edition.Second));

    public Snapshot Of(Edition edition) => edition == Edition.First ? First : Second;
}
