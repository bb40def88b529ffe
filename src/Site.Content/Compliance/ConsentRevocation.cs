using System.Globalization;
using Site.Content.Formats;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Site.Content.Compliance;

/// <summary>
/// Records a revoked authorization in a story file, as <c>site withdraw</c> does: <c>consent.status</c> becomes
/// <c>revoked</c> and <c>consent.revoked_on</c> gets the date (with the reason as a comment on its line), and nothing
/// else of the file changes, byte for byte: not the other fields, not the comments, not the line endings. A story
/// already withdrawn (revoked, or past its expiry) is refused.
/// </summary>
public static class ConsentRevocation
{
    /// <summary>The file's new text, or null with <paramref name="problem"/> saying why it was not changed.</summary>
    public static string? Apply(string text, DateOnly today, string reason, out string problem)
    {
        problem = string.Empty;
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var firstEnd = text.IndexOf('\n');
        if (firstEnd < 0 || text[..firstEnd].TrimEnd('\r', ' ', '\t').TrimStart('\uFEFF') != "---" || Closing(text, firstEnd + 1) is not { } yamlEnd)
        {
            problem = "the file does not start with front matter between two '---' lines, so it is not a story this command can change";
            return null;
        }

        var yamlStart = firstEnd + 1;
        var yaml = text[yamlStart..yamlEnd];
        YamlMappingNode? consent;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            consent = stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode root && root.Children.TryGetValue(new YamlScalarNode("consent"), out var node) ? node as YamlMappingNode : null;
        }
        catch (YamlException exception)
        {
            problem = $"the front matter cannot be read (line {exception.Start.Line + 1}); run 'site build' to see what to fix first";
            return null;
        }

        if (consent is null || Scalar(consent, "status") is not var (statusKey, status) || Scalar(consent, "expires") is not var (_, expires))
        {
            problem = "the front matter has no 'consent' with 'status' and 'expires', so it is not a patient story";
            return null;
        }

        if (status.Value == "revoked")
        {
            problem = $"the authorization is already revoked{(Scalar(consent, "revoked_on") is var (_, on) ? $" (on {on.Value})" : string.Empty)}; the story is withdrawn, nothing to do";
            return null;
        }

        if (DateOnly.TryParseExact(expires.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var ends) && ends < today)
        {
            problem = $"the authorization expired on {expires.Value}, so the story is withdrawn already; nothing to do";
            return null;
        }

        var date = Dates.Iso(today);
        var note = string.Join(' ', reason.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        var edits = new List<(int At, int Length, string Text)> { (yamlStart + (int)status.Start.Index, (int)(status.End.Index - status.Start.Index), "revoked") };
        if (Scalar(consent, "revoked_on") is var (_, existing))
        {
            edits.Add((yamlStart + (int)existing.Start.Index, (int)(existing.End.Index - existing.Start.Index), date));
        }
        else if (consent.Style == YamlDotNet.Core.Events.MappingStyle.Flow)
        {
            edits.Add((yamlStart + (int)status.End.Index, 0, $", revoked_on: {date}"));
        }
        else
        {
            var lineEnd = text.IndexOf('\n', yamlStart + (int)status.End.Index);
            var lineStart = text.LastIndexOf('\n', yamlStart + (int)statusKey.Start.Index) + 1;
            var indent = text[lineStart..(yamlStart + (int)statusKey.Start.Index)];
            var line = $"{(indent.Trim().Length == 0 ? indent : new string(' ', indent.Length))}revoked_on: {date}{(note.Length > 0 ? "  # withdrawn: " + note : string.Empty)}";
            edits.Add(lineEnd < 0 ? (text.Length, 0, newline + line) : (lineEnd + 1, 0, line + newline));
        }

        var result = text;
        foreach (var (at, length, replacement) in edits.OrderByDescending(e => e.At))
        {
            result = result.Remove(at, length).Insert(at, replacement);
        }

        return result;
    }

    private static (YamlScalarNode Key, YamlScalarNode Value)? Scalar(YamlMappingNode mapping, string name)
    {
        foreach (var (key, value) in mapping.Children)
        {
            if (key is YamlScalarNode { Value: var k } keyNode && k == name && value is YamlScalarNode scalar)
            {
                return (keyNode, scalar);
            }
        }

        return null;
    }

    private static int? Closing(string text, int position)
    {
        while (position <= text.Length)
        {
            var end = text.IndexOf('\n', position);
            var line = (end < 0 ? text[position..] : text[position..end]).TrimEnd('\r', ' ', '\t');
            if (line is "---" or "...")
            {
                return position;
            }

            if (end < 0)
            {
                return null;
            }

            position = end + 1;
        }

        return null;
    }
}
