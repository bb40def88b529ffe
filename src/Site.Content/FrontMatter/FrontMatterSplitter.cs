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
                "the file must start with front matter: a line '---', the fields (such as 'title: ...'), and another line '---'"));
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
}
