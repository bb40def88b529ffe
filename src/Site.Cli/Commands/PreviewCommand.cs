using System.Globalization;
using Site.Build;
using Site.Content.Model;
using Site.Preview;

namespace Site.Cli.Commands;

/// <summary><c>site preview</c>: builds, serves on 127.0.0.1, watches input/ and theme/, rebuilds what changed and updates open tabs.</summary>
public static class PreviewCommand
{
    public const int DefaultPort = 5080;

    public const string Help = """
        usage: site preview [options]

        Builds the site, serves it at http://127.0.0.1:5080/ (this computer only), and rebuilds what a change
        affects each time a file in input/ or theme/ is saved. Open tabs update by themselves; errors show in the
        tab until they are fixed. Nothing is written to output/ and no file in input/ is changed. Ctrl+C stops it.

          --port N             the port on 127.0.0.1 (default: 5080)
          --input DIR          content and site.yml (default: input)
          --theme DIR          layouts, partials and assets (default: theme)
          --no-drafts          leave out content marked 'draft: true' (shown by default in the preview)
          --today YYYY-MM-DD   the date the preview treats as today (default: today in the site's time zone)
          --context NAME       production, deploy-preview, branch-deploy or dev (default: dev, which shows test and exercise alerts)
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Contains("--help") || args.Contains("-h"))
        {
            stdout.WriteLine(Help);
            return CommandLine.Success;
        }

        BuildOptions options;
        int port;
        try
        {
            (options, port) = Parse(args);
        }
        catch (UsageException exception)
        {
            stderr.WriteLine($"site preview: {exception.Message}");
            stderr.WriteLine(Help);
            return CommandLine.Usage;
        }

        var session = new PreviewSession(options, TimeProvider.System);
        var first = await session.RebuildAsync([], everything: true).ConfigureAwait(false);
        Report(stderr, first, initial: true);
        await using var server = PreviewServer.TryStart(session, ErrorCatalog.Default, port, out var problem);
        if (server is null)
        {
            stderr.WriteLine($"--port: error {Site.Engine.Diagnostics.DiagnosticCodes.PortInUse}: {problem}");
            return CommandLine.Failed;
        }

        using var watcher = new SiteWatcher([session.InputRoot, session.ThemeRoot], async (changed, everything) =>
        {
            var update = await session.RebuildAsync(changed, everything).ConfigureAwait(false);
            server.Announce(update);
            Report(stderr, update, initial: false);
        });

        stderr.WriteLine($"site preview: serving {server.Origin}/ (only on this computer); watching {Path.GetRelativePath(options.WorkingDirectory, session.InputRoot)}/ and {Path.GetRelativePath(options.WorkingDirectory, session.ThemeRoot)}/; Ctrl+C to stop");
        var stop = new TaskCompletionSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            stop.TrySetResult();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            await stop.Task.ConfigureAwait(false);
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }

        stderr.WriteLine("site preview: stopped");
        return CommandLine.Success;
    }

    internal static (BuildOptions Options, int Port) Parse(string[] args)
    {
        var options = new BuildOptions { IncludeDrafts = true, Context = DeployContext.Dev };
        var port = DefaultPort;
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--port":
                    if (i + 1 >= args.Length || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out port) || port is < 1 or > 65535)
                    {
                        throw new UsageException($"--port must be a number from 1 to 65535; found '{(i + 1 < args.Length ? args[i + 1] : string.Empty)}'");
                    }

                    i++;
                    break;
                case "--no-drafts":
                    options = options with { IncludeDrafts = false };
                    break;
                case "--output" or "--report" or "--base-url":
                    throw new UsageException($"'site preview' does not take {args[i]}: it serves the site from memory and writes nothing");
                default:
                    rest.Add(args[i]);
                    break;
            }
        }

        var parsed = BuildSettings.Parse([.. rest]);
        return (options with { Input = parsed.Input, Theme = parsed.Theme, Today = parsed.Today, Context = rest.Contains("--context") ? parsed.Context : options.Context }, port);
    }

    private static void Report(TextWriter stderr, PreviewUpdate update, bool initial)
    {
        foreach (var diagnostic in update.Diagnostics)
        {
            stderr.WriteLine(diagnostic.ToString());
        }

        var ms = update.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
        var what = !update.Succeeded ? $"FAILED ({update.Diagnostics.Count(d => d.IsError)} errors); still serving the last good version"
            : initial ? "built"
            : update.ChangedUrls.Count == 0 ? "rebuilt, nothing changed"
            : update.StylesOnly ? "styles updated"
            : $"rebuilt, {update.ChangedUrls.Count} {(update.ChangedUrls.Count == 1 ? "file" : "files")} changed";
        stderr.WriteLine($"site preview: {what} in {ms} ms");
    }
}
