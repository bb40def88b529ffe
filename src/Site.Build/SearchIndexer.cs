using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using Site.Engine.Diagnostics;

namespace Site.Build;

/// <summary>
/// The site's search index: Pagefind (npm <c>pagefind</c>, pinned in <c>tools/pagefind/</c>) run over the newly
/// written site before it is swapped in, so that a failed index leaves the previous output as it was. Pagefind
/// indexes only the pages whose main content is marked <c>data-pagefind-body</c> (stories, articles, events and pages),
/// and only what this build wrote, so a withdrawn, expired, draft or scheduled story is never in it.
/// </summary>
public static partial class SearchIndexer
{
    /// <summary>The folder of the project that pins Pagefind with its lockfile (<c>npm ci</c> there installs it).</summary>
    public const string ToolFolder = "tools/pagefind";

    /// <summary>The environment variable that names another Pagefind binary (read by the command line only).</summary>
    public const string BinaryVariable = "SITE_PAGEFIND";

    /// <summary>Where Pagefind's output goes, inside the site: <c>/pagefind/pagefind.js</c> and the index files.</summary>
    public const string OutputFolder = "pagefind";

    /// <summary>How long Pagefind may take before the build gives up on it (4,000 stories take a few seconds).</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The binary that <c>npm ci</c> in <see cref="ToolFolder"/> installs under <paramref name="root"/>: the registry's
    /// platform package <c>@pagefind/&lt;os&gt;-&lt;cpu&gt;</c> holds <c>pagefind_extended</c> (or <c>pagefind</c>).
    /// The first that exists, or the first candidate when none does (for the message).
    /// </summary>
    public static string DefaultBinary(string root)
    {
        var os = OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "darwin" : OperatingSystem.IsFreeBSD() ? "freebsd" : "linux";
        var cpu = RuntimeInformation.OSArchitecture switch
        {
            Architecture.Arm64 => "arm64",
            _ => "x64",
        };
        var exe = OperatingSystem.IsWindows() ? ".exe" : string.Empty;
        var folder = Path.Combine(root, ToolFolder, "node_modules", "@pagefind", $"{os}-{cpu}", "bin");
        var candidates = new[] { "pagefind_extended", "pagefind" }.Select(name => Path.Combine(folder, name + exe)).ToList();
        return candidates.FirstOrDefault(File.Exists) ?? candidates[0];
    }

    /// <summary>What one run of Pagefind did.</summary>
    public sealed record Outcome(bool Succeeded, int Pages, TimeSpan Elapsed);

    /// <summary>
    /// Runs <paramref name="binary"/> over <paramref name="site"/> (the staging folder). A failure to start, a non-zero
    /// exit or a run past <paramref name="timeout"/> is reported as SG1031 at <paramref name="shownBinary"/>, with the last lines
    /// Pagefind printed; never thrown.
    /// </summary>
    public static async Task<Outcome> RunAsync(string binary, string site, string shownBinary, string shownOutput, DiagnosticBag diagnostics, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var at = new SourceLocation(shownBinary);
        var start = new ProcessStartInfo(binary)
        {
            // Pagefind reads a pagefind.yml/toml/json from its working folder; the new site holds none.
            WorkingDirectory = site,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("--site");
        start.ArgumentList.Add(site);
        start.ArgumentList.Add("--output-subdir");
        start.ArgumentList.Add(OutputFolder);

        // The comment and vote section is the same words on every story; a story's own words are what to find.
        start.ArgumentList.Add("--exclude-selectors");
        start.ArgumentList.Add("#comments");

        var lines = new List<string>();
        void Keep(string? line)
        {
            if (line is not null)
            {
                lock (lines)
                {
                    lines.Add(line);
                }
            }
        }

        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        try
        {
            process.Start();
        }
        catch (Exception exception) when (exception is System.ComponentModel.Win32Exception or IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.SearchIndexFailed, at, $"the search indexer {shownBinary} could not be started: {exception.Message}; {shownOutput}/ is unchanged (reinstall it with `npm ci` in {ToolFolder}, or build with --search off)"));
            return new Outcome(false, 0, stopwatch.Elapsed);
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Kill(process);
            cancellationToken.ThrowIfCancellationRequested();
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.SearchIndexFailed, at, $"the search indexer {shownBinary} did not finish within {timeout.TotalMinutes:0} minutes and was stopped; {shownOutput}/ is unchanged"));
            return new Outcome(false, 0, stopwatch.Elapsed);
        }

        // The last lines of output arrive after the exit; this waits for the end of both streams.
        process.WaitForExit();
        string[] printed;
        lock (lines)
        {
            printed = [.. lines];
        }

        if (process.ExitCode != 0)
        {
            var tail = string.Join(" | ", printed.Select(l => l.Trim()).Where(l => l.Length > 0).TakeLast(5));
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.SearchIndexFailed, at, $"the search indexer {shownBinary} failed (exit code {process.ExitCode.ToString(CultureInfo.InvariantCulture)}){(tail.Length > 0 ? ": " + tail : string.Empty)}; {shownOutput}/ is unchanged"));
            return new Outcome(false, 0, stopwatch.Elapsed);
        }

        var pages = printed.Select(l => IndexedPages().Match(l)).Where(m => m.Success).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).LastOrDefault();
        return new Outcome(true, pages, stopwatch.Elapsed);
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It has just ended.
        }
    }

    [GeneratedRegex(@"Indexed (\d+) pages?", RegexOptions.CultureInvariant)]
    private static partial Regex IndexedPages();
}
