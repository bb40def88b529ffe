namespace Site.Build.Tests.Faults;

/// <summary>
/// The large site of the kill and lock tests: enough stories that writing the new site takes a while worth
/// aiming a kill at, and the clean builds of its two editions, made once per test run and shared.
/// </summary>
public static class LargeSite
{
    public const int Stories = 250;

    private static readonly Lazy<Task<CleanBuilds>> Built = new(BuildAsync);

    public static FaultSite Create() => new(Stories);

    public static Task<CleanBuilds> CleanBuildsAsync() => Built.Value;

    private static async Task<CleanBuilds> BuildAsync()
    {
        using var site = Create();
        return await CleanBuilds.OfAsync(site);
    }
}
