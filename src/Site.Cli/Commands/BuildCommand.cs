using System.Globalization;
using Site.Build;

namespace Site.Cli.Commands;

/// <summary><c>site build</c>: progress and diagnostics on stderr, then one summary line.</summary>
public static class BuildCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Contains("--help") || args.Contains("-h"))
        {
            stdout.WriteLine(BuildSettings.Help);
            return CommandLine.Success;
        }

        BuildOptions options;
        try
        {
            options = BuildSettings.Parse(args);
        }
        catch (UsageException exception)
        {
            stderr.WriteLine($"site build: {exception.Message}");
            stderr.WriteLine(BuildSettings.Help);
            return CommandLine.Usage;
        }

        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            var result = await new SiteBuild(options, TimeProvider.System).RunAsync(new SynchronousProgress(stderr), cancel.Token).ConfigureAwait(false);
            foreach (var diagnostic in result.Diagnostics)
            {
                stderr.WriteLine(diagnostic.ToString());
            }

            StoryTable.Write(stderr, result);
            if (options.Report is { } report)
            {
                BuildReport.Write(report, result, options.Context);
            }

            var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
            var outcome = result.Succeeded ? $"wrote {options.Output}/" : $"{options.Output}/ left unchanged";
            stderr.WriteLine($"site build: {(result.Succeeded ? "succeeded" : "FAILED")}: {Count(result.PagesWritten, "page")} written, {Count(result.WarningCount, "warning")}, {Count(result.ErrorCount, "error")}, {seconds} s ({outcome}; today is {result.Today:yyyy-MM-dd})");
            return result.Succeeded ? CommandLine.Success : CommandLine.Failed;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    private static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");

    private sealed class SynchronousProgress(TextWriter stderr) : IProgress<string>
    {
        public void Report(string value) => stderr.WriteLine($"site build: {value}");
    }
}
