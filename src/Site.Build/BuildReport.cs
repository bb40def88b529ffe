using System.Text.Json;
using Site.Content.Model;

namespace Site.Build;

/// <summary>Writes the JSON build report: every diagnostic, every file written and every content file left out, and why.</summary>
public static class BuildReport
{
    public static void Write(string path, BuildResult result, DeployContext context)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("today", result.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteString("context", ContextName(context));
        json.WriteBoolean("succeeded", result.Succeeded);
        json.WriteNumber("errors", result.ErrorCount);
        json.WriteNumber("warnings", result.WarningCount);
        json.WriteNumber("pages_written", result.PagesWritten);
        json.WriteNumber("elapsed_ms", Math.Round(result.Elapsed.TotalMilliseconds));
        json.WriteStartArray("diagnostics");
        foreach (var diagnostic in result.Diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("code", diagnostic.Code);
            json.WriteString("severity", diagnostic.Severity.ToString().ToLowerInvariant());
            json.WriteString("file", diagnostic.Location.Path);
            json.WriteNumber("line", diagnostic.Location.Line);
            json.WriteNumber("column", diagnostic.Location.Column);
            json.WriteString("message", diagnostic.Message);
            if (diagnostic.Via is { } via)
            {
                json.WriteString("via", via.ToString());
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("excluded");
        foreach (var excluded in result.Excluded)
        {
            json.WriteStartObject();
            json.WriteString("file", excluded.Source);
            json.WriteString("reason", excluded.Reason);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("written");
        foreach (var file in result.Written)
        {
            json.WriteStringValue(file);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static string ContextName(DeployContext context) => context switch
    {
        DeployContext.Production => "production",
        DeployContext.DeployPreview => "deploy-preview",
        DeployContext.BranchDeploy => "branch-deploy",
        _ => "dev",
    };
}
