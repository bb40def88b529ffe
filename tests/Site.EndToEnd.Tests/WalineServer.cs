using System.Diagnostics;

namespace Site.EndToEnd.Tests;

/// <summary>
/// A throw-away PostgreSQL cluster and a Waline server, both on 127.0.0.1, for one test class. PostgreSQL runs as
/// the postgres user when the tests run as root (as CI does); Waline runs with exactly the production settings of
/// docs/COMMENTS.md (only the addresses, ports and secrets are the test's own), under strace when it is installed,
/// so a test can check that it connected to nothing but loopback.
/// </summary>
public sealed class WalineServer : IAsyncDisposable
{
    private readonly string postgresBin;
    private readonly string work;
    private readonly int postgresPort;
    private const string Strace = "/usr/bin/strace";
    private Process? node;
    private string? connectLog;

    private WalineServer(string postgresBin, string work, int postgresPort, string origin)
    {
        this.postgresBin = postgresBin;
        this.work = work;
        this.postgresPort = postgresPort;
        Origin = origin;
    }

    public string Origin { get; }

    /// <summary>Whether the server runs under strace, so that <see cref="OutboundConnections"/> sees every connect().</summary>
    public bool Traced => connectLog is not null;

    /// <summary>strace's log of every connect() (null when not traced).</summary>
    public string? ConnectLog => connectLog;

    /// <summary>
    /// Every connect() the server's processes made to anything but loopback or a local (unix) socket, as strace wrote
    /// it; empty when none (or when not <see cref="Traced"/>).
    /// </summary>
    public IReadOnlyList<string> OutboundConnections() =>
        connectLog is null || !File.Exists(connectLog) ? [] : WalineSettings.Outbound(ReadShared(connectLog));

    /// <summary>A moderator approves every waiting comment (as in Waline's admin pages).</summary>
    public Task ApproveAllAsync() => Psql("waline", "waline", "-c", "UPDATE wl_comment SET status = 'approved' WHERE status = 'waiting'");

    /// <summary>Stops the Waline server (PostgreSQL keeps running), as when it goes down in production.</summary>
    public async Task StopWalineAsync()
    {
        if (node is { HasExited: false })
        {
            node.Kill(entireProcessTree: true);
            await node.WaitForExitAsync();
        }
    }

    public static async Task<WalineServer> StartAsync(string siteOrigin)
    {
        var (postgresBin, nodePath, folder) = Requirements.Waline();
        var work = Path.Combine(Path.GetTempPath(), "site-e2e-waline-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(work);
        var postgresPort = StaticServer.FreePort();
        var walinePort = StaticServer.FreePort();
        var server = new WalineServer(postgresBin, work, postgresPort, $"http://127.0.0.1:{walinePort}");
        if (Environment.UserName == "root")
        {
            await Run("chown", ["postgres:postgres", work]);
        }

        await server.AsPostgres("initdb", "-D", Path.Combine(work, "pg"), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8");
        await server.AsPostgres("pg_ctl", "-D", Path.Combine(work, "pg"), "-l", Path.Combine(work, "pg.log"), "-w", "-o", $"-p {postgresPort} -k {work} -c listen_addresses=127.0.0.1", "start");
        await server.Psql("postgres", "postgres", "-c", "CREATE ROLE waline LOGIN PASSWORD 'waline-test'", "-c", "CREATE DATABASE waline OWNER waline");
        await server.Psql("waline", "waline", "-f", Path.Combine(folder, "schema.sql"));

        var settings = WalineSettings.ForTest(WalineSettings.Production(), siteOrigin, server.Origin, postgresPort, walinePort);
        var traced = File.Exists(Strace);
        server.connectLog = traced ? Path.Combine(work, "connect.log") : null;
        var start = traced
            ? new ProcessStartInfo(Strace, ["-f", "-qq", "-e", "trace=connect", "-o", server.connectLog!, nodePath, Path.Combine(folder, "server.cjs")])
            : new ProcessStartInfo(nodePath, [Path.Combine(folder, "server.cjs")]);
        start.WorkingDirectory = folder;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;

        // As the documented command's env -i: nothing from this machine's environment, only the documented settings.
        start.Environment.Clear();
        foreach (var (name, value) in settings)
        {
            start.Environment[name] = value;
        }

        server.node = Process.Start(start)!;
        server.node.OutputDataReceived += (_, _) => { };
        server.node.ErrorDataReceived += (_, _) => { };
        server.node.BeginOutputReadLine();
        server.node.BeginErrorReadLine();

        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, $"{server.Origin}/api/article?path=probe&type=reaction0");
                request.Headers.Referrer = new Uri(siteOrigin + "/");
                using var response = await client.SendAsync(request);
                if (response.IsSuccessStatusCode)
                {
                    return server;
                }
            }
            catch (HttpRequestException)
            {
                // Not up yet.
            }
            catch (TaskCanceledException)
            {
                // Not up yet.
            }

            if (attempt == 60)
            {
                await server.DisposeAsync();
                throw new InvalidOperationException("the Waline server did not answer within 30 s");
            }

            await Task.Delay(500);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (node is { HasExited: false })
        {
            node.Kill(entireProcessTree: true);
            await node.WaitForExitAsync();
        }

        node?.Dispose();
        try
        {
            await AsPostgres("pg_ctl", "-D", Path.Combine(work, "pg"), "-m", "fast", "-w", "stop");
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }

        try
        {
            Directory.Delete(work, recursive: true);
        }
        catch (IOException)
        {
            // Best effort, under the temp folder.
        }
    }

    private static IEnumerable<string> ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n');
    }

    private Task AsPostgres(string program, params string[] args) =>
        Environment.UserName == "root"
            ? Run("runuser", ["-u", "postgres", "--", Path.Combine(postgresBin, program), .. args])
            : Run(Path.Combine(postgresBin, program), args);

    private Task Psql(string user, string database, params string[] args) =>
        Run(Path.Combine(postgresBin, "psql"), ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", postgresPort.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", user, "-d", database, .. args]);

    private static async Task Run(string program, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(program, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(program)} failed ({process.ExitCode}): {await error}{await output}");
        }
    }
}
