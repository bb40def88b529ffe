using System.CommandLine;
using System.Globalization;
using Site.Build;
using Site.Content.Model;
using Site.Preview;

namespace Site.Cli.Commands;

/// <summary><c>site preview</c>: builds, serves on 127.0.0.1, watches input/ and theme/, rebuilds what changed and updates open tabs.</summary>
public static class PreviewCommand
{
    public const int DefaultPort = 5080;

    public static Command Create(TextWriter stdout, TextWriter stderr, TimeProvider clock)
    {
        var port = new Option<int>("--port") { Description = "the port on 127.0.0.1", HelpName = "N", DefaultValueFactory = _ => DefaultPort };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 65535)
            {
                result.AddError($"--port must be a number from 1 to 65535; found '{string.Join(' ', result.Tokens.Select(t => t.Value))}'");
            }
        });
        var input = SiteOptions.Input();
        var theme = SiteOptions.Theme();
        var noDrafts = new Option<bool>("--no-drafts") { Description = "leave out content marked 'draft: true' (shown by default in the preview)" };
        var today = SiteOptions.Today("the preview");
        var context = SiteOptions.Context(DeployContext.Dev);
        var imageCache = SiteOptions.ImageCache();
        var command = new Command("preview", "build, serve on http://127.0.0.1:5080/ (this computer only) and update open tabs as files are saved; nothing is written") { port, input, theme, noDrafts, today, context, imageCache };
        command.SetAction((result, token) => RunAsync(
            new BuildOptions
            {
                Input = result.GetValue(input)!,
                Theme = result.GetValue(theme)!,
                IncludeDrafts = !result.GetValue(noDrafts),
                Today = result.GetValue(today),
                Context = SiteOptions.ContextOf(result, context),
                ImageCache = SiteOptions.ImageCacheOf(result, imageCache),
            },
            result.GetValue(port),
            stderr,
            clock));
        return command;
    }

    private static async Task<int> RunAsync(BuildOptions options, int port, TextWriter stderr, TimeProvider clock)
    {
        var builds = new PreviewBuilds(options, clock);
        var session = new PreviewSession(
            async (changed, everything, token) =>
            {
                var result = await builds.RebuildAsync(changed, everything, token).ConfigureAwait(false);
                return new PreviewBuild(result.Succeeded, result.Published, result.Diagnostics);
            },
            builds.InputRoot,
            builds.ThemeRoot);
        var first = await session.RebuildAsync([], everything: true).ConfigureAwait(false);
        Report(stderr, first, initial: true);
        await using var server = PreviewServer.TryStart(session, ErrorCatalog.Default.Fix, port, out var problem);
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
