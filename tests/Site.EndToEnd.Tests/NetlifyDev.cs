using System.Diagnostics;

namespace Site.EndToEnd.Tests;

/// <summary>
/// Netlify's own local server (netlify-cli <c>dev --offline</c>) serving a built folder on 127.0.0.1, with Netlify's
/// header and redirect engine: <c>_headers</c>, <c>_redirects</c>, the automatic 404 page. No account, no network.
/// </summary>
public sealed class NetlifyDev : IAsyncDisposable
{
    /// <summary>
    /// The test classes that start netlify dev run one after another: besides the port it is given, netlify dev binds
    /// ports of its own (its static server's, its functions'), and two at once fail with EADDRINUSE.
    /// </summary>
    public const string Collection = "netlify dev";

    private readonly Process process;

    private NetlifyDev(Process process, string origin)
    {
        this.process = process;
        Origin = origin;
    }

    public string Origin { get; }

    public static async Task<NetlifyDev> StartAsync(string siteFolder, string publish, string context)
    {
        var netlify = Requirements.Netlify();
        var port = StaticServer.FreePort();
        var start = new ProcessStartInfo(netlify, ["dev", "--offline", "--context", context, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--dir", publish, "--skip-gitignore", "--internal-disable-edge-functions"])
        {
            WorkingDirectory = siteFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["BROWSER"] = "none";
        start.Environment["CI"] = "true"; // also what turns the CLI's telemetry off
        start.Environment["NO_COLOR"] = "1";
        start.Environment["XDG_CONFIG_HOME"] = Path.Combine(siteFolder, ".netlify-xdg");
        start.Environment.Remove("NETLIFY_SITE_ID");
        start.Environment.Remove("NETLIFY_AUTH_TOKEN");
        var process = Process.Start(start)!;
        var log = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { log.Enqueue(e.Data); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { log.Enqueue(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var server = new NetlifyDev(process, $"http://127.0.0.1:{port}");
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        for (var attempt = 0; attempt < 240; attempt++)
        {
            if (process.HasExited)
            {
                break;
            }

            try
            {
                using var response = await client.GetAsync(server.Origin + "/");
                return server;
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                await Task.Delay(250);
            }
        }

        await server.DisposeAsync();
        throw new InvalidOperationException("netlify dev did not start:\n" + string.Join('\n', log.TakeLast(30)));
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }
}

/// <summary>See <see cref="NetlifyDev.Collection"/>.</summary>
[Xunit.CollectionDefinition(NetlifyDev.Collection)]
public sealed class NetlifyDevCollection;
