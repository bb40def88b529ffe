using Site.Engine.Diagnostics;
using Site.Engine.Files;

namespace Site.Content.FrontMatter;

/// <summary>
/// Finds the front matter: the file must start with a line <c>---</c>, and the front matter ends at the next
/// line that is <c>---</c> (or <c>...</c>). Everything after it is the Markdown body.
/// </summary>
public static class FrontMatterSplitter
{
    public static FrontMatterBlock? Split(SourceText source, DiagnosticBag diagnostics)
    {
        var text = source.Text;
        var firstEnd = text.IndexOf('\n');
        var firstLine = (firstEnd < 0 ? text : text[..firstEnd]).TrimEnd('\r', ' ', '\t');
        if (firstLine != "---")
        {
            diagnostics.Report(Diagnostic.Error(
                DiagnosticCodes.FrontMatterMissing,
                new SourceLocation(source.Path),
                OtherFormat(firstLine) ?? "the file must start with front matter: a line '---', the fields (such as 'title: ...'), and another line '---'"));
            return null;
        }

        var line = 2;
        var position = firstEnd + 1;
        while (firstEnd >= 0 && position <= text.Length)
        {
            var end = text.IndexOf('\n', position);
            var content = (end < 0 ? text[position..] : text[position..end]).TrimEnd('\r', ' ', '\t');
            if (content is "---" or "...")
            {
                var yaml = text[(firstEnd + 1)..position];
                var body = end < 0 ? string.Empty : text[(end + 1)..];
                return new FrontMatterBlock(yaml, 2, body, line + 1);
            }

            if (end < 0)
            {
                break;
            }

            position = end + 1;
            line++;
        }

        diagnostics.Report(Diagnostic.Error(
            DiagnosticCodes.FrontMatterUnclosed,
            new SourceLocation(source.Path),
            "the front matter that starts here is never closed; add a line '---' after the last field, before the text"));
        return null;
    }

    private const string ToYaml = "write each field as 'key: value' on its own line (text in double quotes when it holds ': ', lists as [a, b], a group as 'group:' with its fields indented by two spaces under it)";

    /// <summary>What to say when the front matter is in another format that other tools read (TOML, JSON), or null.</summary>
    private static string? OtherFormat(string firstLine)
    {
        var bom = firstLine.TrimStart('\uFEFF');
        return bom switch
        {
            "+++" => $"this front matter is TOML, between '+++' lines as Hugo writes it, and this site reads YAML: make the first and the closing '+++' lines '---', and {ToYaml}; so title = \"Maria\" becomes title: \"Maria\"",
            "---toml" => $"'---toml' starts TOML front matter, and this site reads YAML: make the first line '---', and {ToYaml}; so title = \"Maria\" becomes title: \"Maria\"",
            "---json" or "---js" or "---javascript" => $"'{bom}' starts Eleventy's {(bom == "---json" ? "JSON" : "JavaScript")} front matter, and this site reads YAML between two '---' lines: make the first line '---', remove the braces, and {ToYaml}; so \"title\": \"Maria\", becomes title: \"Maria\"",
            "---yaml" or "---yml" => $"the first line must be exactly '---': remove '{bom[3..]}' after it",
            _ when bom == "{" || bom.StartsWith("{\"", StringComparison.Ordinal) || bom.StartsWith("{ \"", StringComparison.Ordinal) => $"this front matter is JSON, in braces as Hugo and Eleventy allow, and this site reads YAML between two '---' lines: put a line '---' above and below the fields, remove the braces, and {ToYaml}; so \"title\": \"Maria\", becomes title: \"Maria\"",
            _ => null,
        };
    }
}
