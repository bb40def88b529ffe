using System.Diagnostics;
using Site.Testing;
using Xunit;

namespace Site.EndToEnd.Tests;

/// <summary>
/// The project's Netlify build plugin (.ci/netlify-plugins/site-cache) run by Netlify's own build engine
/// (<c>netlify build --offline</c>): what one build leaves in .site-cache/ is there, restored, when the next build's
/// command starts, though the folder was deleted in between (a fresh clone, as on Netlify).
/// </summary>
[Collection(NetlifyDev.Collection)]
public sealed class NetlifyCacheTests
{
    [Fact]
    public async Task The_image_cache_survives_from_one_Netlify_build_to_the_next()
    {
        var netlify = Requirements.Netlify();
        using var temp = new TempDirectory();
        temp.CopyIn(Repository.PathTo(".ci", "netlify-plugins", "site-cache"), "site/plugin");
        var site = temp.Combine("site");
        File.WriteAllText(Path.Combine(site, "netlify.toml"), """
            [build]
              publish = "out"
              command = "mkdir -p out && (test -f .site-cache/images/entry/full.jpg && echo CACHE-FOUND || echo CACHE-EMPTY) && mkdir -p .site-cache/images/entry && echo photo > .site-cache/images/entry/full.jpg"
            [[plugins]]
              package = "./plugin"
            """);

        var first = await NetlifyBuild(netlify, site);
        Assert.Contains("CACHE-EMPTY", first, StringComparison.Ordinal);
        Assert.Contains("site-cache: saved .site-cache/", first, StringComparison.Ordinal);

        Directory.Delete(Path.Combine(site, ".site-cache"), recursive: true);
        var second = await NetlifyBuild(netlify, site);
        Assert.Contains("site-cache: restored .site-cache/", second, StringComparison.Ordinal);
        Assert.Contains("CACHE-FOUND", second, StringComparison.Ordinal);
    }

    private static async Task<string> NetlifyBuild(string netlify, string site)
    {
        var start = new ProcessStartInfo(netlify, ["build", "--offline"]) { WorkingDirectory = site, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["CI"] = "true";
        start.Environment["NO_COLOR"] = "1";
        start.Environment["XDG_CONFIG_HOME"] = Path.Combine(site, ".netlify-xdg");
        start.Environment.Remove("NETLIFY_SITE_ID");
        start.Environment.Remove("NETLIFY_AUTH_TOKEN");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        var text = await output + await error;
        Assert.True(process.ExitCode == 0, text);
        return text;
    }
}
