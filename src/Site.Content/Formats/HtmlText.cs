using System.Net;
using System.Text;

namespace Site.Content.Formats;

/// <summary>
/// The text of rendered HTML, read with one forward scan (the HTML is the build's own: Markdig's and the sanitizer's
/// output): tags and comments left out, and the contents of <c>script</c> and <c>style</c> elements too. Shared by
/// <see cref="ReadingTime"/> (which counts words as it scans) and the structured data's plain-text fields.
/// </summary>
public static class HtmlText
{
    /// <summary>The text: each tag read as a space, entities decoded, runs of white space made one space, trimmed.</summary>
    public static string Plain(string html)
    {
        var raw = new StringBuilder(html.Length);
        var i = 0;
        while (i < html.Length)
        {
            if (html[i] == '<')
            {
                raw.Append(' ');
                i = SkipMarkup(html, i);
                continue;
            }

            raw.Append(html[i]);
            i++;
        }

        var decoded = WebUtility.HtmlDecode(raw.ToString());
        var text = new StringBuilder(decoded.Length);
        foreach (var c in decoded)
        {
            if (!char.IsWhiteSpace(c))
            {
                text.Append(c);
            }
            else if (text.Length > 0 && text[^1] != ' ')
            {
                text.Append(' ');
            }
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>The index after a tag, a comment, or a script or style element that starts at <paramref name="start"/>.</summary>
    public static int SkipMarkup(string html, int start)
    {
        if (string.CompareOrdinal(html, start, "<!--", 0, 4) == 0)
        {
            var close = html.IndexOf("-->", start + 4, StringComparison.Ordinal);
            return close < 0 ? html.Length : close + 3;
        }

        var end = html.IndexOf('>', start);
        if (end < 0)
        {
            return html.Length;
        }

        foreach (var raw in (ReadOnlySpan<string>)["script", "style"])
        {
            if (string.Compare(html, start + 1, raw, 0, raw.Length, StringComparison.OrdinalIgnoreCase) == 0
                && start + 1 + raw.Length < html.Length && !char.IsLetterOrDigit(html[start + 1 + raw.Length]))
            {
                var closing = html.IndexOf("</" + raw, end, StringComparison.OrdinalIgnoreCase);
                if (closing < 0)
                {
                    return html.Length;
                }

                var after = html.IndexOf('>', closing);
                return after < 0 ? html.Length : after + 1;
            }
        }

        return end + 1;
    }
}
