using Site.Build;
using Site.Content.Model;
using Site.Testing;
using Xunit;

namespace Site.EndToEnd.Tests;

/// <summary>Builds the demo site once for the class, and serves it on loopback.</summary>
public sealed class DemoSiteFixture : IAsyncLifetime
{
    private readonly TempDirectory temp = new();

    public StaticServer Server { get; private set; } = null!;

    /// <summary>The folder the demo was built into.</summary>
    public string Output => temp.Combine("output");

    public async ValueTask InitializeAsync() => Server = await BuildAndServeAsync(Repository.Root, Output);

    /// <summary>Builds the site in <paramref name="working"/> (with the repository's theme) on 2026-11-25 and serves it.</summary>
    internal static async Task<StaticServer> BuildAndServeAsync(string working, string output)
    {
        var result = await new SiteBuild(
            new BuildOptions { WorkingDirectory = working, Theme = Repository.PathTo("theme"), Output = output, Today = new DateOnly(2026, 11, 25), Context = DeployContext.Production },
            FixedClock.On(2026, 11, 25)).RunAsync();
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join('\n', result.Diagnostics));
        }

        return new StaticServer(output);
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        temp.Dispose();
    }
}
