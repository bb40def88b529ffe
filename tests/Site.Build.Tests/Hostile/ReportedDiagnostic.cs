using System.Globalization;
using System.Text.RegularExpressions;

namespace Site.Build.Tests.Hostile;

/// <summary>
/// One diagnostic as the <c>site</c> program printed it on stderr, in the documented form
/// <c>path:line:col: error CODE: message</c>. Read from the text, not from the generator's types.
/// </summary>
public sealed partial record ReportedDiagnostic(string Path, int Line, int Column, string Severity, string Code, string Message)
{
    public bool IsError => Severity == "error";

    public static ReportedDiagnostic? TryParse(string line)
    {
        var match = Form().Match(line);
        return !match.Success
            ? null
            : new ReportedDiagnostic(
                match.Groups["path"].Value,
                int.Parse(match.Groups["line"].Value, CultureInfo.InvariantCulture),
                int.Parse(match.Groups["column"].Value, CultureInfo.InvariantCulture),
                match.Groups["severity"].Value,
                match.Groups["code"].Value,
                match.Groups["message"].Value);
    }

    public override string ToString() => $"{Path}:{Line}:{Column}: {Severity} {Code}: {Message}";

    [GeneratedRegex(@"^(?<path>\S.*?):(?<line>\d+):(?<column>\d+): (?<severity>error|warning|info) (?<code>[A-Z]+\d+): (?<message>.*)$")]
    private static partial Regex Form();
}
