using System.Text;

namespace Site.Build.Tests.Hostile;

/// <summary>
/// Pathological Markdown, after the families known to make Markdown parsers slow, deep or large (nesting,
/// unmatched delimiters, long runs, many definitions). Every one stays under the 4 MB limit, and uses letters
/// rather than digits so that no PHI check has a reason to speak.
/// </summary>
public static class MarkdownBombs
{
    public static string Repeat(string piece, int times) => new StringBuilder(piece.Length * times).Insert(0, piece, times).ToString();

    /// <summary>A table of <paramref name="columns"/> columns and <paramref name="rows"/> body rows.</summary>
    public static string Table(int columns, int rows)
    {
        var text = new StringBuilder();
        text.Append('|').Append(Repeat(" h |", columns)).Append('\n');
        text.Append('|').Append(Repeat("---|", columns)).Append('\n');
        for (var row = 0; row < rows; row++)
        {
            text.Append('|').Append(Repeat(" a |", columns)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary><paramref name="count"/> inline links to <paramref name="target"/>, ten to a line.</summary>
    public static string Links(int count, string target)
    {
        var line = Repeat($"[a]({target}) ", 10).TrimEnd() + "\n";
        return Repeat(line, count / 10);
    }

    /// <summary><paramref name="count"/> reference definitions, and one use of the first and the last.</summary>
    public static string ReferenceDefinitions(int count, string target)
    {
        var text = new StringBuilder($"See [first][{Label(0)}] and [last][{Label(count - 1)}].\n\n");
        for (var i = 0; i < count; i++)
        {
            text.Append('[').Append(Label(i)).Append("]: ").Append(target).Append('\n');
        }

        return text.ToString();
    }

    /// <summary><paramref name="count"/> footnote references, each with its definition.</summary>
    public static string Footnotes(int count)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            text.Append("Note[^").Append(Label(i)).Append("].\n");
        }

        text.Append('\n');
        for (var i = 0; i < count; i++)
        {
            text.Append("[^").Append(Label(i)).Append("]: A note.\n");
        }

        return text.ToString();
    }

    /// <summary>Code span openers of every length from 1 to <paramref name="longest"/>, none closed.</summary>
    public static string Backticks(int longest)
    {
        var text = new StringBuilder();
        for (var length = 1; length <= longest; length++)
        {
            text.Append('e').Append('`', length);
        }

        return text.Append('\n').ToString();
    }

    /// <summary>Emphasis nested <paramref name="depth"/> deep: <c>*a **a ***...b... a** a*</c>.</summary>
    public static string NestedEmphasis(int depth) => Repeat("*a **a ", depth) + "b" + Repeat(" a** a*", depth) + "\n";

    /// <summary>One paragraph of <paramref name="words"/> words on a single line.</summary>
    public static string LongLine(int words) => Repeat("word ", words).TrimEnd() + "\n";

    /// <summary>A label of letters only: a, b, ..., z, ba, bb, ...</summary>
    public static string Label(int index)
    {
        var label = new StringBuilder();
        do
        {
            label.Insert(0, (char)('a' + (index % 26)));
            index /= 26;
        }
        while (index > 0);

        return "r" + label;
    }
}
