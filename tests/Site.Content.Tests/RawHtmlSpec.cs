using System.Text.RegularExpressions;

namespace Site.Content.Tests;

/// <summary>
/// Reads a raw HTML policy spec (<c>Specs/raw-html*.md</c>): each case is a <c>## title</c>, a <c>~~~~markdown</c>
/// block, then expectation lines: <c>- error CODE at LINE</c>, <c>- warning CODE at LINE mentions "word"</c>,
/// <c>- html contains `X`</c>, <c>- html lacks `X`</c>, <c>- no diagnostics</c>. Lines are 1-based lines of the block.
/// </summary>
public sealed partial record RawHtmlCase(string Name, string Markdown, IReadOnlyList<RawHtmlCase.Expected> Diagnostics, IReadOnlyList<string> Contains, IReadOnlyList<string> Lacks, bool NoDiagnostics)
{
    public sealed record Expected(string Severity, string Code, int Line, string? Mentions);

    public override string ToString() => Name;

    public static IReadOnlyList<RawHtmlCase> Load(string path)
    {
        var lines = File.ReadAllLines(path);
        var cases = new List<RawHtmlCase>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("## ", StringComparison.Ordinal))
            {
                continue;
            }

            var name = lines[i][3..].Trim();
            var j = i + 1;
            while (j < lines.Length && !lines[j].StartsWith("~~~~markdown", StringComparison.Ordinal))
            {
                j++;
            }

            var body = new List<string>();
            for (j++; j < lines.Length && lines[j] != "~~~~"; j++)
            {
                body.Add(lines[j]);
            }

            var diagnostics = new List<Expected>();
            var contains = new List<string>();
            var lacks = new List<string>();
            var none = false;
            for (j++; j < lines.Length && !lines[j].StartsWith("## ", StringComparison.Ordinal); j++)
            {
                var line = lines[j];
                if (DiagnosticLine().Match(line) is { Success: true } d)
                {
                    diagnostics.Add(new Expected(d.Groups[1].Value, d.Groups[2].Value, int.Parse(d.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture), d.Groups[4].Success ? d.Groups[4].Value : null));
                }
                else if (HtmlLine().Match(line) is { Success: true } h)
                {
                    (h.Groups[1].Value == "contains" ? contains : lacks).Add(h.Groups[2].Value);
                }
                else if (line.Trim() == "- no diagnostics")
                {
                    none = true;
                }
                else if (line.StartsWith("- ", StringComparison.Ordinal))
                {
                    throw new FormatException($"{path}:{j + 1}: unknown expectation '{line}'");
                }
            }

            cases.Add(new RawHtmlCase(name, string.Join('\n', body) + "\n", diagnostics, contains, lacks, none));
            i = j - 1;
        }

        return cases;
    }

    [GeneratedRegex("^- (error|warning) (SG\\d{4}) at (\\d+)(?: mentions \"([^\"]*)\")?\\s*$")]
    private static partial Regex DiagnosticLine();

    [GeneratedRegex("^- html (contains|lacks) `([^`]*)`\\s*$")]
    private static partial Regex HtmlLine();
}
