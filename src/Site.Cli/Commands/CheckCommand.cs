using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Site.Content.Formats;
using Site.Engine.Links;
using Site.Validation.External;
using Site.Validation.Links;
using Site.Validation.Privacy;
using Site.Validation.Stage;

namespace Site.Cli.Commands;

/// <summary><c>site check [DIR]</c>: validates any folder of built HTML; findings on stdout, a summary on stderr.</summary>
public static class CheckCommand
{
    public const string DefaultCache = ".site-cache/external-links.json";

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var folder = new Argument<string>("DIR") { Description = "the folder of built HTML", DefaultValueFactory = _ => "output", Arity = ArgumentArity.ZeroOrOne };
        var external = new Option<bool>("--external") { Description = "also check http and https links to other sites (off by default)" };
        var firstParty = new Option<bool>("--first-party") { Description = "fail on anything loaded from another origin and on inline scripts, as the site's Content-Security-Policy would block them (site build does this)" };
        var format = new Option<string>("--format") { Description = "text lines (default) or one JSON document on stdout", HelpName = "text|json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var baseUrl = new Option<string?>("--base-url") { Description = "the site's own address: absolute links to it are checked as internal", HelpName = "URL" };
        var cache = new Option<string>("--cache") { Description = "where external links found good are remembered for 7 days", HelpName = "FILE", DefaultValueFactory = _ => DefaultCache };
        var command = new Command("check", "check the links, anchors, assets and first-party loads of any folder of built HTML") { folder, external, firstParty, format, baseUrl, cache };
        folder.Validators.Add(result =>
        {
            // "site check --extrenal" would otherwise look for a folder called --extrenal.
            if (result.Tokens is [{ Value: var written }] && written.StartsWith('-') && !Directory.Exists(written))
            {
                var near = Nearest.To(written, command.Options.Select(o => o.Name));
                result.AddError($"Unrecognized command or argument '{written}'{(near is null ? "." : $"; did you mean '{near}'?")}");
            }
        });
        command.SetAction((result, token) => RunAsync(
            new Settings(result.GetValue(folder)!, result.GetValue(external), result.GetValue(format) == "json", result.GetValue(baseUrl), result.GetValue(cache)!, result.GetValue(firstParty)),
            stdout,
            stderr,
            token));
        return command;
    }

    private static async Task<int> RunAsync(Settings settings, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(settings.Folder))
        {
            stderr.WriteLine($"site check: the folder '{settings.Folder}' does not exist; build the site first ('site build') or name a folder of HTML");
            return CommandLine.Usage;
        }

        var stopwatch = Stopwatch.StartNew();
        var (pages, files) = LinkChecker.ReadFolder(settings.Folder);
        var options = new ValidationOptions { SiteUrl = settings.BaseUrl, External = settings.External ? new ExternalLinkOptions { CachePath = settings.CachePath } : null, PageChecks = settings.FirstParty ? [new UrlSchemeRule(UrlSchemes.Default), new FirstPartyRule()] : [new UrlSchemeRule(UrlSchemes.Default)] };
        var report = await new LinkChecker(options).CheckAsync(pages, files, settings.Folder, cancellationToken).ConfigureAwait(false);
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

    /// <summary>The options of one check.</summary>
    private sealed record Settings(string Folder, bool External, bool Json, string? BaseUrl, string CachePath, bool FirstParty);

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
