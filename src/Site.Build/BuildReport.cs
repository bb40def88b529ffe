using System.Text.Json;
using Site.Content.Compliance;
using Site.Content.Formats;
using Site.Content.Model;
using Site.Content.Pages;
using Site.Content.Takedown;

namespace Site.Build;

/// <summary>
/// Writes the JSON build report: every diagnostic; every story with its status, reason, authorization expiry,
/// review dates and PHI exceptions in force; every withdrawn story with the takedown steps left to do by hand;
/// every content file left out (drafts and scheduled content, with its kind and, when scheduled, the day it is
/// published on), and the scheduled content again on its own, soonest first; every file written.
/// </summary>
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
        json.WriteString("today", Dates.Iso(result.Today));
        json.WriteString("context", DeployContexts.Name(context));
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
            if (diagnostic.Location.EndColumn > 0)
            {
                json.WriteNumber("end_column", diagnostic.Location.EndColumn);
            }

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
            json.WriteString("kind", ContentKinds.Of(excluded.Kind).NewWord ?? "page");
            json.WriteString("status", excluded.Status);
            json.WriteString("url", excluded.Url);
            if (excluded.PublishOn is { } day)
            {
                json.WriteString("publish_on", Dates.Iso(day));
            }

            json.WriteString("reason", excluded.Reason);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("scheduled");
        foreach (var scheduled in result.Excluded.Where(e => e.PublishOn is not null).OrderBy(e => e.PublishOn).ThenBy(e => e.Source, StringComparer.Ordinal))
        {
            json.WriteStartObject();
            json.WriteString("file", scheduled.Source);
            json.WriteString("kind", ContentKinds.Of(scheduled.Kind).NewWord ?? "page");
            json.WriteString("url", scheduled.Url);
            json.WriteString("publish_on", Dates.Iso(scheduled.PublishOn!.Value));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("stories");
        foreach (var story in result.Stories)
        {
            json.WriteStartObject();
            json.WriteString("file", story.Source);
            json.WriteString("id", story.Id);
            json.WriteString("title", story.Title);
            json.WriteString("url", story.Url);
            json.WriteString("status", story.Status);
            json.WriteString("reason", story.Reason);
            json.WriteString("authorization_id", story.AuthorizationId);
            json.WriteString("authorization_expires", Dates.Iso(story.Expires));
            json.WriteString("reviewed_on", Dates.Iso(story.ReviewedOn));
            json.WriteString("next_review", Dates.Iso(story.NextReview));
            json.WriteStartArray("phi_exceptions");
            foreach (var exception in story.PhiExceptions)
            {
                json.WriteStartObject();
                json.WriteString("match", exception.Match);
                json.WriteString("reason", exception.Reason);
                json.WriteString("approved_by", exception.ApprovedBy);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("withdrawn");
        foreach (var withdrawal in result.Withdrawals)
        {
            json.WriteStartObject();
            json.WriteString("file", withdrawal.Source);
            json.WriteString("url", withdrawal.Url);
            json.WriteString("reason", withdrawal.Reason);
            json.WriteString("since", Dates.Iso(withdrawal.Since));
            json.WriteString("answers", "410 Gone (forced rule in _redirects)");
            WriteStrings(json, "old_urls", withdrawal.OldUrls);
            WriteStrings(json, "media_removed", withdrawal.Media);
            WriteStrings(json, "takedown_steps_by_hand", Withdrawal.TakedownSteps);
            json.WriteStartArray("references_removed");
            foreach (var reference in result.RemovedReferences.Where(r => r.StoryUrl == withdrawal.Url))
            {
                json.WriteStartObject();
                json.WriteString("file", reference.File);
                json.WriteNumber("line", reference.Line);
                json.WriteNumber("column", reference.Column);
                json.WriteString("page", reference.Page);
                json.WriteString("what", reference.What);
                if (reference.Shown is { } shown)
                {
                    json.WriteString("now_reads", shown);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
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


    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
