namespace Site.Content.Markdown;

/// <summary>
/// Bounds on the shape of a Markdown text, checked in one pass before Markdig parses it. Markdig takes time that
/// grows faster than the text for some shapes no page has (thousands of nested quotes, lists or brackets, runs of
/// unmatched emphasis or backticks, tens of thousands of reference definitions) and gives up on others with an
/// exception that names no line. Each bound is far above what any story or article needs and is documented under
/// SG2016 in docs/errors.md; past one, the file is an error at the line where the shape starts, and the other files
/// of the build are still built and checked. Lines inside fenced code blocks are not counted.
/// </summary>
public static class MarkdownLimits
{
    /// <summary>Block quotes and list items inside each other.</summary>
    public const int MaxDepth = 32;

    /// <summary>Open <c>[</c> brackets inside each other in one paragraph.</summary>
    public const int MaxBrackets = 32;

    /// <summary>Runs of <c>*</c>, <c>_</c> or <c>~</c> (emphasis and strike-through marks) in one paragraph.</summary>
    public const int MaxEmphasisRuns = 1000;

    /// <summary>Marks in one run of <c>*</c>, <c>_</c> or <c>~</c> (a line of only such marks and spaces is a rule, not counted).</summary>
    public const int MaxEmphasisRunLength = 32;

    /// <summary>Runs of backticks (code spans) in one paragraph.</summary>
    public const int MaxBacktickRuns = 1000;

    /// <summary>Characters in one paragraph (consecutive lines without a blank line between).</summary>
    public const int MaxParagraphLength = 100_000;

    /// <summary>Link reference definitions (<c>[name]: /url</c>) in one text.</summary>
    public const int MaxReferenceDefinitions = 2000;

    /// <summary>Links and images in one text.</summary>
    public const int MaxLinks = 20_000;

    /// <summary>Headings in one text (each gets an id made unique against all the others).</summary>
    public const int MaxHeadings = 2000;

    /// <summary>Runs of emphasis marks and backticks in one text.</summary>
    public const int MaxRunsInText = 20_000;

    /// <summary>Columns of a table.</summary>
    public const int MaxTableColumns = 100;

    /// <summary>The first bound the text goes past, with the line (1-based, in the text) where that shape starts.</summary>
    public static (int Line, string Problem)? Check(string text)
    {
        var scan = new Scan();
        var lineNumber = 0;
        string? fence = null;
        foreach (var rawLine in text.AsSpan().EnumerateLines())
        {
            lineNumber++;
            var line = rawLine.TrimStart(' ');
            if (fence is not null)
            {
                if (line.StartsWith(fence, StringComparison.Ordinal) && line.TrimEnd(' ').Length >= fence.Length && line.TrimStart(fence[0]).Trim(' ').IsEmpty)
                {
                    fence = null;
                }

                continue;
            }

            if (line.StartsWith("```", StringComparison.Ordinal) || line.StartsWith("~~~", StringComparison.Ordinal))
            {
                fence = new string(line[0], line.Length - line.TrimStart(line[0]).Length);
                scan.EndParagraph();
                continue;
            }

            if (line.IsWhiteSpace())
            {
                scan.EndParagraph();
                continue;
            }

            if (scan.Line(rawLine, lineNumber) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    private sealed class Scan
    {
        private int paragraphStart;
        private int paragraphLength;
        private int brackets;
        private int emphasisRuns;
        private int backtickRuns;
        private int definitions;
        private int links;
        private int headings;
        private int runsInText;

        public void EndParagraph() => (paragraphStart, paragraphLength, brackets, emphasisRuns, backtickRuns) = (0, 0, 0, 0, 0);

        public (int, string)? Line(ReadOnlySpan<char> line, int number)
        {
            if (paragraphStart == 0)
            {
                paragraphStart = number;
            }

            paragraphLength += line.Length + 1;
            if (paragraphLength > MaxParagraphLength)
            {
                return (paragraphStart, $"this paragraph is longer than {MaxParagraphLength:N0} characters; split it with blank lines");
            }

            var depth = Containers(line, out var rest);
            if (depth > MaxDepth)
            {
                return (number, $"quotes and lists are nested more than {MaxDepth} levels deep here");
            }

            if (rest.StartsWith("#", StringComparison.Ordinal) && ++headings > MaxHeadings)
            {
                return (number, $"the text has more than {MaxHeadings:N0} headings");
            }

            if (rest.StartsWith("[", StringComparison.Ordinal) && rest.IndexOf("]:", StringComparison.Ordinal) > 0 && ++definitions > MaxReferenceDefinitions)
            {
                return (number, $"the text has more than {MaxReferenceDefinitions:N0} link definitions ('[name]: address' lines)");
            }

            if (rest.StartsWith("|", StringComparison.Ordinal) || rest.Contains("|", StringComparison.Ordinal))
            {
                var columns = rest.Trim(' ').Trim('|').Count('|') + 1;
                if (columns > MaxTableColumns && rest.IndexOfAnyExcept("|-: \t") < 0)
                {
                    return (number, $"this table has {columns:N0} columns; the limit is {MaxTableColumns}");
                }
            }

            return Inline(line, number);
        }

        private (int, string)? Inline(ReadOnlySpan<char> line, int number)
        {
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                switch (c)
                {
                    case '\\':
                        i++;
                        break;
                    case '[':
                        if (++brackets > MaxBrackets)
                        {
                            return (paragraphStart, $"more than {MaxBrackets} '[' brackets are open inside each other in the paragraph that starts here");
                        }

                        break;
                    case ']':
                        brackets = Math.Max(0, brackets - 1);
                        if (i + 1 < line.Length && line[i + 1] == '(' && ++links > MaxLinks)
                        {
                            return (number, $"the text has more than {MaxLinks:N0} links and images");
                        }

                        break;
                    case '*' or '_' or '~':
                        var start = i;
                        i = RunEnd(line, i);
                        if (i - start + 1 > MaxEmphasisRunLength && line.Trim(" \t").ContainsAnyExcept(line[start], ' ', '\t'))
                        {
                            return (number, $"a run of {i - start + 1:N0} '{line[start]}' marks is here (at most {MaxEmphasisRunLength} in a row)");
                        }

                        if (++runsInText > MaxRunsInText)
                        {
                            return (number, $"the text has more than {MaxRunsInText:N0} runs of '*', '_', '~' or backticks");
                        }

                        if (++emphasisRuns > MaxEmphasisRuns)
                        {
                            return (paragraphStart, $"the paragraph that starts here has more than {MaxEmphasisRuns:N0} runs of '*', '_' or '~'");
                        }

                        break;
                    case '`':
                        i = RunEnd(line, i);
                        if (++runsInText > MaxRunsInText)
                        {
                            return (number, $"the text has more than {MaxRunsInText:N0} runs of '*', '_', '~' or backticks");
                        }

                        if (++backtickRuns > MaxBacktickRuns)
                        {
                            return (paragraphStart, $"the paragraph that starts here has more than {MaxBacktickRuns:N0} runs of backticks");
                        }

                        break;
                }
            }

            return null;
        }

        private static int RunEnd(ReadOnlySpan<char> line, int start)
        {
            var end = start;
            while (end + 1 < line.Length && line[end + 1] == line[start])
            {
                end++;
            }

            return end;
        }

        /// <summary>How many quote and list markers open the line (indentation counts a level per two spaces).</summary>
        private static int Containers(ReadOnlySpan<char> line, out ReadOnlySpan<char> rest)
        {
            var depth = 0;
            var indent = 0;
            while (true)
            {
                var spaces = line.Length - line.TrimStart(" \t").Length;
                indent += spaces;
                line = line[spaces..];
                if (line.StartsWith(">", StringComparison.Ordinal))
                {
                    depth++;
                    line = line[1..];
                    continue;
                }

                var marker = ListMarker(line);
                if (marker > 0 && (marker == line.Length || line[marker] is ' ' or '\t'))
                {
                    depth++;
                    line = line[marker..];
                    continue;
                }

                rest = line;
                return depth == 0 ? 0 : depth + (indent / 2);
            }
        }

        private static int ListMarker(ReadOnlySpan<char> line)
        {
            if (line.Length > 0 && line[0] is '-' or '+' or '*')
            {
                return 1;
            }

            var digits = 0;
            while (digits < line.Length && digits < 9 && char.IsAsciiDigit(line[digits]))
            {
                digits++;
            }

            return digits > 0 && digits < line.Length && line[digits] is '.' or ')' ? digits + 1 : 0;
        }
    }
}
