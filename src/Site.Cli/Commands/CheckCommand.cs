using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Site.Validation.Links;
using Site.Validation.Privacy;
using Site.Validation.Stage;

namespace Site.Cli.Commands;

/// <summary><c>site check [DIR]</c>: validates any folder of built HTML; findings on stdout, a summary on stderr.</summary>
public static class CheckCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Contains("--help") || args.Contains("-h"))
        {
            stdout.WriteLine(CheckSettings.Help);
            return CommandLine.Success;
        }

        CheckSettings settings;
        try
        {
            settings = CheckSettings.Parse(args);
        }
        catch (UsageException exception)
        {
            stderr.WriteLine($"site check: {exception.Message}");
            stderr.WriteLine(CheckSettings.Help);
            return CommandLine.Usage;
        }

        if (!Directory.Exists(settings.Folder))
        {
            stderr.WriteLine($"site check: the folder '{settings.Folder}' does not exist; build the site first ('site build') or name a folder of HTML");
            return CommandLine.Usage;
        }

        var stopwatch = Stopwatch.StartNew();
        var (pages, files) = LinkChecker.ReadFolder(settings.Folder);
        var options = new ValidationOptions { SiteUrl = settings.BaseUrl, External = settings.ExternalOptions(), PageChecks = settings.FirstParty ? [new FirstPartyRule()] : [] };
        var report = await new LinkChecker(options).CheckAsync(pages, files, settings.Folder).ConfigureAwait(false);
        var seconds = stopwatch.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);

        if (settings.Json)
        {
            WriteJson(stdout, settings.Folder, report);
        }
        else
        {
            foreach (var failure in report.Failures)
            {
                stdout.WriteLine(failure.Diagnostic.ToString());
            }
        }

        var external = settings.External ? $", {Count(report.ExternalChecked, "external URL")}" : string.Empty;
        stderr.WriteLine($"site check: {(report.Succeeded ? "passed" : "FAILED")}: {Count(report.Pages, "page")}, {Count(report.References, "reference")}{external}, {Count(report.Failures.Count, "failure")}, {seconds} s");
        return report.Succeeded ? CommandLine.Success : CommandLine.Failed;
    }

    private static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");

    private static void WriteJson(TextWriter stdout, string folder, LinkReport report)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("folder", folder);
            json.WriteStartArray("failures");
            foreach (var failure in report.Failures)
            {
                var diagnostic = failure.Diagnostic;
                json.WriteStartObject();
                json.WriteString("file", diagnostic.Location.Path);
                json.WriteNumber("line", diagnostic.Location.Line);
                json.WriteNumber("column", diagnostic.Location.Column);
                json.WriteString("kind", failure.Kind);
                json.WriteString("code", diagnostic.Code);
                json.WriteString("target", failure.Target);
                json.WriteString("message", diagnostic.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("totals");
            json.WriteNumber("pages", report.Pages);
            json.WriteNumber("references", report.References);
            json.WriteNumber("external_checked", report.ExternalChecked);
            json.WriteNumber("failures", report.Failures.Count);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        stdout.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
