using System.Text.RegularExpressions;
using Site.Engine.Diagnostics;

namespace Site.Content.Templates;

/// <summary>
/// Turns Fluid's messages, which carry positions only as <c>at (line:column)</c> inside the text, into
/// diagnostics at the template file's line and column. A test pins Fluid's format.
/// </summary>
public static partial class TemplateErrors
{
    public static Diagnostic FromParseError(string displayPath, string message)
    {
        var firstLine = message.Split('\n')[0].Trim();
        var match = PositionPattern().Match(firstLine);
        var location = match.Success
            ? new SourceLocation(displayPath, int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))
            : new SourceLocation(displayPath);
        var text = match.Success ? firstLine[..match.Index].TrimEnd() : firstLine;
        return Diagnostic.Error(DiagnosticCodes.TemplateSyntax, location, $"template syntax error: {text}");
    }

    /// <summary>Finds where a variable or member name is first used inside a <c>{{ }}</c> or <c>{% %}</c> tag.</summary>
    public static SourceLocation? FindUse(string displayPath, string text, string name)
    {
        var member = name.Split('.')[^1];
        foreach (Match tag in TagPattern().Matches(text))
        {
            var index = IndexOfWord(tag.Value, member);
            if (index >= 0)
            {
                var offset = tag.Index + index;
                var line = 1 + text.AsSpan(0, offset).Count('\n');
                var lineStart = offset == 0 ? 0 : text.LastIndexOf('\n', offset - 1) + 1;
                return new SourceLocation(displayPath, line, offset - lineStart + 1);
            }
        }

        return null;
    }

    private static int IndexOfWord(string text, string word)
    {
        static bool IsNamePart(char c) => char.IsLetterOrDigit(c) || c is '_' or '-';
        for (var index = text.IndexOf(word, StringComparison.Ordinal); index >= 0; index = text.IndexOf(word, index + 1, StringComparison.Ordinal))
        {
            var before = index == 0 || !IsNamePart(text[index - 1]);
            var after = index + word.Length == text.Length || !IsNamePart(text[index + word.Length]);
            if (before && after)
            {
                return index;
            }
        }

        return -1;
    }

    [GeneratedRegex(@"at \((\d+):(\d+)\)", RegexOptions.CultureInvariant)]
    private static partial Regex PositionPattern();

    [GeneratedRegex(@"\{\{.*?\}\}|\{%.*?%\}", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex TagPattern();
}
