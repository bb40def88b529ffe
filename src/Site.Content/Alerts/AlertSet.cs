using Site.Content.FrontMatter;
using Site.Content.Model;
using Site.Engine.Diagnostics;
using Site.Engine.Files;

namespace Site.Content.Alerts;

/// <summary>
/// Reads <c>input/alerts/*.yml</c> with the strict schema and the rules an editor must not miss: <c>expires</c>
/// after <c>effective</c>; a severe or extreme alert says what to do (<c>instruction</c>); an update or cancel names
/// the alert it changes (<c>references</c>); the headline fits in 160 characters; ids are unique.
/// </summary>
public static class AlertSet
{
    public const int MaxHeadline = 160;

    /// <summary>The page that lists every alert in effect, which the banner and the alert feeds link to.</summary>
    public const string PageUrl = "/alerts/";

    public static IReadOnlyList<Bound<AlertFile>> Load(string folder, Func<string, string> displayPath, SourceReader reader, DiagnosticBag diagnostics)
    {
        // Collected apart: "did this alert fail?" counts this folder's errors, not those of what is read beside it.
        var own = new DiagnosticBag();
        var valid = LoadValid(folder, displayPath, reader, own);
        diagnostics.ReportAll(own.ToList());
        return valid;
    }

    private static IReadOnlyList<Bound<AlertFile>> LoadValid(string folder, Func<string, string> displayPath, SourceReader reader, DiagnosticBag diagnostics)
    {
        var alerts = new List<Bound<AlertFile>>();
        var files = SourceTree.Files(folder)
            .Where(e => !e.RelativePath.Contains('/') && Path.GetExtension(e.RelativePath) is ".yml" or ".md")
            .Select(e => e.FullPath);
        foreach (var file in files)
        {
            if (Read(file, displayPath(file), reader, diagnostics) is { } bound)
            {
                alerts.Add(bound);
            }
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var valid = new List<Bound<AlertFile>>();
        foreach (var bound in alerts)
        {
            var (alert, at) = (bound.Value, bound.Locations);
            var errors = diagnostics.ErrorCount;
            if (!ContentRules.IsSlug(alert.Id))
            {
                diagnostics.Report(Diagnostic.Error(DiagnosticCodes.InvalidValue, at["id"], $"'id' must be {ContentRules.SlugShape.Replace("maria-walks-again", "riverside-clinic-closed-2026-12-01", StringComparison.Ordinal)}; found '{alert.Id}'"));
            }
            else if (!ids.Add(alert.Id))
            {
                diagnostics.Report(Diagnostic.Error(DiagnosticCodes.DuplicateId, at["id"], $"the alert id '{alert.Id}' is used by another file in input/alerts/; give this one a new id"));
            }

            if (alert.Expires <= alert.Effective)
            {
                diagnostics.Report(Diagnostic.Error(DiagnosticCodes.AlertTimes, at["expires"], $"'expires' ({alert.Expires:yyyy-MM-dd HH:mm}) must be after 'effective' ({alert.Effective:yyyy-MM-dd HH:mm}); every alert must end"));
            }

            if (alert.Severity is AlertSeverity.Severe or AlertSeverity.Extreme && string.IsNullOrWhiteSpace(alert.Instruction))
            {
                diagnostics.Report(Diagnostic.Error(DiagnosticCodes.AlertInstructionMissing, at["severity"], $"a {alert.Severity.ToString().ToLowerInvariant()} alert must tell people what to do: add 'instruction', such as \"Go to the North Hills Campus emergency department instead.\""));
            }

            if (alert.Headline.Length > MaxHeadline)
            {
                diagnostics.Report(Diagnostic.Error(DiagnosticCodes.AlertHeadlineTooLong, at["headline"], $"'headline' is {alert.Headline.Length} characters; keep it to {MaxHeadline} so it fits the banner and other systems (put the rest in 'description')"));
            }

            if (alert.MsgType != AlertMessageType.Alert && alert.References.Count == 0)
            {
                diagnostics.Report(Diagnostic.Error(DiagnosticCodes.AlertReference, at["msg_type"], $"an {alert.MsgType.ToString().ToLowerInvariant()} must name the alert it changes in 'references'"));
            }

            if (diagnostics.ErrorCount == errors)
            {
                valid.Add(bound);
            }
        }

        var known = alerts.Select(a => a.Value.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var bound in alerts)
        {
            for (var i = 0; i < bound.Value.References.Count; i++)
            {
                if (!known.Contains(bound.Value.References[i]))
                {
                    diagnostics.Report(Diagnostic.Error(DiagnosticCodes.AlertReference, bound.Locations[$"references[{i}]"], $"'references' names the alert '{bound.Value.References[i]}', which is not in input/alerts/ (known: {string.Join(", ", known.Order(StringComparer.Ordinal))})"));
                    valid.Remove(bound);
                }
            }
        }

        return valid;
    }

    /// <summary>
    /// Reads one alert: a YAML file, or a Markdown file whose front matter holds the fields and whose text (if any)
    /// is the <c>description</c>.
    /// </summary>
    private static Bound<AlertFile>? Read(string file, string display, SourceReader reader, DiagnosticBag diagnostics)
    {
        if (reader.Read(file, display, diagnostics) is not { } text)
        {
            return null;
        }

        if (Path.GetExtension(file) == ".yml")
        {
            return YamlLoader.LoadMapping(text.Text, display, 1, diagnostics) is { } yaml ? StrictBinder.Bind<AlertFile>(yaml, display, 1, diagnostics) : null;
        }

        if (FrontMatterSplitter.Split(text, diagnostics) is not { } block
            || YamlLoader.LoadMapping(block.Yaml, display, block.YamlLine, diagnostics) is not { } mapping)
        {
            return null;
        }

        var body = block.Body.Trim();
        if (body.Length > 0)
        {
            var key = new YamlDotNet.RepresentationModel.YamlScalarNode("description");
            if (mapping.Children.ContainsKey(key))
            {
                var line = block.BodyLine + block.Body[..block.Body.IndexOf(body[0], StringComparison.Ordinal)].Count(c => c == '\n');
                diagnostics.Report(Diagnostic.Error(DiagnosticCodes.AlertDescriptionTwice, new SourceLocation(display, line, 1), "this alert has a 'description' in its front matter and text below it; keep one (the text below the front matter is the description)"));
                return null;
            }

            mapping.Children.Add(key, new YamlDotNet.RepresentationModel.YamlScalarNode(string.Join(' ', body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))));
        }

        return StrictBinder.Bind<AlertFile>(mapping, display, block.YamlLine, diagnostics);
    }

    /// <summary>
    /// The alerts to show now: not drafts; only <c>actual</c> ones in production (exercises and tests in other
    /// contexts); not replaced by an update or withdrawn by a cancel; effective and not yet expired. Ordered by
    /// severity, then by the newest update.
    /// </summary>
    public static IReadOnlyList<AlertFile> Active(IEnumerable<AlertFile> alerts, DateTime now, DeployContext context)
    {
        var shown = alerts
            .Where(a => a.Status != AlertStatus.Draft && (a.Status == AlertStatus.Actual || context != DeployContext.Production))
            .ToList();
        var replaced = shown.Where(a => a.MsgType != AlertMessageType.Alert).SelectMany(a => a.References).ToHashSet(StringComparer.Ordinal);
        return shown
            .Where(a => a.MsgType != AlertMessageType.Cancel && !replaced.Contains(a.Id))
            .Where(a => a.Effective <= now && now < a.Expires)
            .OrderBy(a => a.Severity)
            .ThenByDescending(a => a.Updated)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .ToList();
    }
}
