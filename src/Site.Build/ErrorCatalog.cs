using System.Text;

namespace Site.Build;

/// <summary>
/// The explanations of the error codes, from <c>docs/errors.md</c> (built into the program, so <c>site explain</c>
/// and the preview's error overlay work wherever the program runs). Each code has a section headed
/// <c>## SGxxxx: title</c> with a paragraph, an example and a line starting <c>Fix:</c>.
/// </summary>
public sealed class ErrorCatalog
{
    private readonly Dictionary<string, (string Title, string Text)> sections;

    private ErrorCatalog(Dictionary<string, (string Title, string Text)> sections) => this.sections = sections;

    public static ErrorCatalog Default { get; } = Parse(ReadEmbedded());

    public IEnumerable<string> Codes => sections.Keys.Order(StringComparer.Ordinal);

    public static ErrorCatalog Parse(string markdown)
    {
        var sections = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        string? code = null;
        string title = string.Empty;
        var text = new StringBuilder();
        void Close()
        {
            if (code is not null)
            {
                sections[code] = (title, text.ToString().Trim());
            }
        }

        foreach (var line in markdown.Split('\n'))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                Close();
                var heading = line[3..].TrimEnd('\r');
                var colon = heading.IndexOf(':', StringComparison.Ordinal);
                (code, title) = colon > 0 ? (heading[..colon].Trim(), heading[(colon + 1)..].Trim()) : (null, string.Empty);
                text.Clear();
            }
            else if (code is not null)
            {
                text.Append(line.TrimEnd('\r')).Append('\n');
            }
        }

        Close();
        return new ErrorCatalog(sections);
    }

    /// <summary>The whole section of a code (title, explanation, example, fix), or null for an unknown code.</summary>
    public string? Explain(string code) =>
        sections.TryGetValue(code.Trim().ToUpperInvariant(), out var section) ? $"{code.Trim().ToUpperInvariant()}: {section.Title}\n\n{section.Text}\n" : null;

    /// <summary>The "Fix:" sentence of a code's section, or null.</summary>
    public string? Fix(string code)
    {
        if (!sections.TryGetValue(code, out var section))
        {
            return null;
        }

        var lines = section.Text.Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith("Fix:", StringComparison.Ordinal));
        if (start < 0)
        {
            return null;
        }

        var fix = string.Join(' ', lines.Skip(start).TakeWhile(l => l.Trim().Length > 0).Select(l => l.Trim()));
        return fix["Fix:".Length..].Trim();
    }

    private static string ReadEmbedded()
    {
        using var stream = typeof(ErrorCatalog).Assembly.GetManifestResourceStream("errors.md");
        if (stream is null)
        {
            return string.Empty;
        }

        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
