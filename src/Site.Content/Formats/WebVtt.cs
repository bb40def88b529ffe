using System.Globalization;

namespace Site.Content.Formats;

/// <summary>One cue of a WebVTT file: its identifier (or null), its times, and the line of its timing.</summary>
public sealed record WebVttCue(string? Identifier, TimeSpan Start, TimeSpan End, int Line, string Text);

/// <summary>A problem that makes a WebVTT file not conform, at its 1-based line and column.</summary>
public sealed record WebVttError(int Line, int Column, string Message);

/// <summary>What <see cref="WebVtt.Parse"/> found: the cues, and every problem (none for a file that conforms).</summary>
public sealed record WebVttResult(IReadOnlyList<WebVttCue> Cues, IReadOnlyList<WebVttError> Errors)
{
    public bool Valid => Errors.Count == 0;
}

/// <summary>
/// Checks a WebVTT file against the syntax of the W3C WebVTT format: an optional byte order mark, the signature
/// <c>WEBVTT</c> (then optionally a space or tab and any text), optional header lines, then blocks separated by blank
/// lines. A block is a comment (<c>NOTE</c>), a style sheet (<c>STYLE</c>) or a region (<c>REGION</c>), the last two only
/// before the first cue, or a cue: an optional identifier line, a timing line <c>[hh:]mm:ss.ttt --&gt; [hh:]mm:ss.ttt</c>
/// with optional settings (vertical, line, position, size, align, region), then its text. Each cue ends after it
/// starts and starts no earlier than the one before. Lines end with LF, CR or CRLF. No block may hold <c>--&gt;</c>
/// except on a timing line. Never throws; the cue text's markup is not checked.
/// </summary>
public static class WebVtt
{
    private const string Arrow = "-->";

    public static WebVttResult Parse(string text)
    {
        var lines = SplitLines(text);
        var errors = new List<WebVttError>();
        var cues = new List<WebVttCue>();
        if (lines.Count > 0 && lines[0].StartsWith('\uFEFF'))
        {
            lines[0] = lines[0][1..];
        }

        if (lines.Count == 0 || !IsSignature(lines[0]))
        {
            var found = lines.Count == 0 || lines[0].Length == 0 ? "the file is empty" : $"it starts with '{Shorten(lines.Count == 0 ? string.Empty : lines[0])}'";
            errors.Add(new WebVttError(1, 1, $"a WebVTT file must start with the line 'WEBVTT'; {found}"));
            return new WebVttResult(cues, errors);
        }

        // Header: the signature line and any lines up to the first blank line.
        var i = 1;
        for (; i < lines.Count && lines[i].Length > 0; i++)
        {
            if (lines[i].Contains(Arrow, StringComparison.Ordinal))
            {
                errors.Add(new WebVttError(i + 1, 1, "a blank line must separate the 'WEBVTT' header from the first cue"));
                break;
            }
        }

        var seenCue = false;
        var lastStart = TimeSpan.Zero;
        while (i < lines.Count)
        {
            if (lines[i].Length == 0)
            {
                i++;
                continue;
            }

            var start = i;
            while (i < lines.Count && lines[i].Length > 0)
            {
                i++;
            }

            var block = lines.GetRange(start, i - start);
            var first = block[0];
            if (IsKeywordLine(first, "NOTE"))
            {
                ArrowFree(block, start, 0, "a NOTE comment", errors);
            }
            else if (IsKeywordLine(first, "STYLE", onlyBlanksAfter: true) || IsKeywordLine(first, "REGION", onlyBlanksAfter: true))
            {
                var keyword = first.TrimEnd(' ', '\t');
                if (seenCue)
                {
                    errors.Add(new WebVttError(start + 1, 1, $"a {keyword} block must come before the first cue"));
                }
                else if (keyword == "REGION")
                {
                    CheckRegion(block, start, errors);
                }
                else
                {
                    ArrowFree(block, start, 1, "a STYLE block", errors);
                }
            }
            else
            {
                var timing = first.Contains(Arrow, StringComparison.Ordinal) ? 0 : 1;
                if (timing >= block.Count || !block[timing].Contains(Arrow, StringComparison.Ordinal))
                {
                    errors.Add(new WebVttError(start + 1, 1, $"'{Shorten(first)}' starts a block that is not a cue (no timing line such as '00:01.000 --> 00:04.000' on its first or second line), nor NOTE, STYLE or REGION; put a blank line only between cues"));
                    continue;
                }

                var cue = ParseTiming(block[timing], start + timing + 1, errors);
                ArrowFree(block, start, timing + 1, "cue text", errors);
                if (cue is var (cueStart, cueEnd))
                {
                    if (seenCue && cueStart < lastStart)
                    {
                        errors.Add(new WebVttError(start + timing + 1, 1, $"this cue starts at {Format(cueStart)}, before the cue above it ({Format(lastStart)}); cues must be in order of their start times"));
                    }

                    lastStart = cueStart;
                    cues.Add(new WebVttCue(timing == 1 ? first : null, cueStart, cueEnd, start + timing + 1, string.Join('\n', block.Skip(timing + 1))));
                }

                seenCue = true;
            }
        }

        return new WebVttResult(cues, errors);
    }

    private static bool IsSignature(string line) =>
        line.StartsWith("WEBVTT", StringComparison.Ordinal) && (line.Length == 6 || line[6] is ' ' or '\t');

    /// <summary>Whether a line is the keyword alone or followed by a space or tab (and, for STYLE and REGION, only blanks).</summary>
    private static bool IsKeywordLine(string line, string keyword, bool onlyBlanksAfter = false)
    {
        if (!line.StartsWith(keyword, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = line[keyword.Length..];
        return rest.Length == 0 || (rest[0] is ' ' or '\t' && (!onlyBlanksAfter || rest.Trim(' ', '\t').Length == 0));
    }

    private static void ArrowFree(List<string> block, int start, int from, string what, List<WebVttError> errors)
    {
        for (var k = from; k < block.Count; k++)
        {
            var at = block[k].IndexOf(Arrow, StringComparison.Ordinal);
            if (at >= 0)
            {
                errors.Add(new WebVttError(start + k + 1, at + 1, $"'-->' may not appear in {what}; a timing line starts a new cue only after a blank line"));
                return;
            }
        }
    }

    private static void CheckRegion(List<string> block, int start, List<WebVttError> errors)
    {
        ArrowFree(block, start, 1, "a REGION block", errors);
        string[] known = ["id", "width", "lines", "regionanchor", "viewportanchor", "scroll"];
        for (var k = 1; k < block.Count; k++)
        {
            foreach (var (setting, column) in Words(block[k]))
            {
                var colon = setting.IndexOf(':', StringComparison.Ordinal);
                var name = colon < 0 ? setting : setting[..colon];
                if (colon <= 0 || !known.Contains(name, StringComparer.Ordinal))
                {
                    errors.Add(new WebVttError(start + k + 1, column, $"unknown region setting '{Shorten(setting)}'; a region has {string.Join(", ", known.Select(n => n + ":"))}"));
                    return;
                }
            }
        }
    }

    private static (TimeSpan Start, TimeSpan End)? ParseTiming(string line, int lineNumber, List<WebVttError> errors)
    {
        var position = 0;
        var start = Timestamp(line, ref position, lineNumber, "start", errors);
        if (start is null)
        {
            return null;
        }

        var blanks = SkipBlanks(line, ref position);
        if (!line.AsSpan(position).StartsWith(Arrow, StringComparison.Ordinal) || blanks == 0)
        {
            errors.Add(new WebVttError(lineNumber, position + 1, "the start time must be followed by a space, '-->' and a space, as in '00:01.000 --> 00:04.000'"));
            return null;
        }

        position += Arrow.Length;
        if (SkipBlanks(line, ref position) == 0)
        {
            errors.Add(new WebVttError(lineNumber, position + 1, "'-->' must be followed by a space and the end time, as in '00:01.000 --> 00:04.000'"));
            return null;
        }

        var endColumn = position + 1;
        var end = Timestamp(line, ref position, lineNumber, "end", errors);
        if (end is null)
        {
            return null;
        }

        if (position < line.Length && line[position] is not (' ' or '\t'))
        {
            errors.Add(new WebVttError(lineNumber, position + 1, "the end time must be followed by a space before any cue settings"));
            return null;
        }

        if (end <= start)
        {
            errors.Add(new WebVttError(lineNumber, endColumn, $"the cue ends at {Format(end.Value)}, which is not after its start ({Format(start.Value)})"));
        }

        CheckSettings(line, position, lineNumber, errors);
        return (start.Value, end.Value);
    }

    private static TimeSpan? Timestamp(string line, ref int position, int lineNumber, string which, List<WebVttError> errors)
    {
        var begin = position;
        var fields = new List<string>();
        var current = position;
        while (true)
        {
            var digits = current;
            while (current < line.Length && char.IsAsciiDigit(line[current]))
            {
                current++;
            }

            fields.Add(line[digits..current]);
            if (current < line.Length && line[current] == ':' && fields.Count < 3)
            {
                current++;
                continue;
            }

            break;
        }

        string? fraction = null;
        if (current < line.Length && line[current] == '.')
        {
            var digits = ++current;
            while (current < line.Length && char.IsAsciiDigit(line[current]))
            {
                current++;
            }

            fraction = line[digits..current];
        }

        position = current;
        var problem = (fields.Count, fraction) switch
        {
            ( < 2, _) => "needs minutes and seconds",
            (_, null) => "needs a '.' and three digits of milliseconds (a ',' is SubRip's, not WebVTT's)",
            (_, { Length: not 3 }) => "needs exactly three digits of milliseconds",
            _ when fields.Count == 3 && fields[0].Length < 2 => "needs at least two digits of hours",
            _ when fields[^2].Length != 2 || fields[^1].Length != 2 => "needs two digits each of minutes and seconds",
            _ when int.Parse(fields[^2], CultureInfo.InvariantCulture) > 59 => "has minutes above 59",
            _ when int.Parse(fields[^1], CultureInfo.InvariantCulture) > 59 => "has seconds above 59",
            _ when fields.Count == 3 && fields[0].Length > 7 => "has more hours than a video can last",
            _ => null,
        };
        if (problem is not null)
        {
            var token = begin;
            while (token < line.Length && line[token] is not (' ' or '\t'))
            {
                token++;
            }

            var written = line[begin..token];
            errors.Add(new WebVttError(lineNumber, begin + 1, $"the {which} time '{Shorten(written)}' {problem}; write [hh:]mm:ss.ttt, such as 00:01.000 or 01:02:03.500"));
            return null;
        }

        var hours = fields.Count == 3 ? long.Parse(fields[0], CultureInfo.InvariantCulture) : 0;
        return TimeSpan.FromHours(hours) + TimeSpan.FromMinutes(int.Parse(fields[^2], CultureInfo.InvariantCulture))
            + TimeSpan.FromSeconds(int.Parse(fields[^1], CultureInfo.InvariantCulture)) + TimeSpan.FromMilliseconds(int.Parse(fraction!, CultureInfo.InvariantCulture));
    }

    private static void CheckSettings(string line, int position, int lineNumber, List<WebVttError> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (setting, column) in Words(line[position..]))
        {
            var at = position + column;
            var colon = setting.IndexOf(':', StringComparison.Ordinal);
            var (name, value) = colon < 0 ? (setting, string.Empty) : (setting[..colon], setting[(colon + 1)..]);
            var problem = name switch
            {
                "vertical" => value is "rl" or "lr" ? null : "'vertical' takes rl or lr",
                "line" => IsLine(value) ? null : "'line' takes a number or a percentage, then optionally ',start', ',center' or ',end'",
                "position" => IsPosition(value) ? null : "'position' takes a percentage, then optionally ',line-left', ',center' or ',line-right'",
                "size" => IsPercentage(value) ? null : "'size' takes a percentage such as 80%",
                "align" => value is "start" or "center" or "end" or "left" or "right" ? null : "'align' takes start, center, end, left or right",
                "region" => value.Length > 0 && !value.Contains(Arrow, StringComparison.Ordinal) ? null : "'region' takes the id of a REGION",
                _ => $"unknown cue setting '{Shorten(setting)}'; a cue's settings are vertical, line, position, size, align and region, each written name:value",
            };
            if (problem is null && colon < 0)
            {
                problem = $"the cue setting '{name}' needs ':' and a value";
            }

            if (problem is null && !seen.Add(name))
            {
                problem = $"the cue setting '{name}' is given twice";
            }

            if (problem is not null)
            {
                errors.Add(new WebVttError(lineNumber, at, problem));
                return;
            }
        }
    }

    private static bool IsLine(string value)
    {
        var comma = value.IndexOf(',', StringComparison.Ordinal);
        var (number, align) = comma < 0 ? (value, null) : (value[..comma], value[(comma + 1)..]);
        return (IsPercentage(number) || IsNumber(number, allowSign: true)) && align is null or "start" or "center" or "end";
    }

    private static bool IsPosition(string value)
    {
        var comma = value.IndexOf(',', StringComparison.Ordinal);
        var (number, align) = comma < 0 ? (value, null) : (value[..comma], value[(comma + 1)..]);
        return IsPercentage(number) && align is null or "line-left" or "center" or "line-right";
    }

    private static bool IsPercentage(string value) =>
        value.Length > 1 && value[^1] == '%' && IsNumber(value[..^1], allowSign: false)
        && double.Parse(value[..^1], CultureInfo.InvariantCulture) <= 100;

    private static bool IsNumber(string value, bool allowSign)
    {
        var digits = allowSign && value.StartsWith('-') ? value[1..] : value;
        var dot = digits.IndexOf('.', StringComparison.Ordinal);
        var (whole, part) = dot < 0 ? (digits, null) : (digits[..dot], digits[(dot + 1)..]);
        return whole.Length > 0 && whole.Length < 10 && whole.All(char.IsAsciiDigit) && (part is null || (part.Length > 0 && part.Length < 10 && part.All(char.IsAsciiDigit)));
    }

    /// <summary>The words of a text separated by spaces and tabs, each with its 1-based column.</summary>
    private static IEnumerable<(string Word, int Column)> Words(string text)
    {
        for (var k = 0; k < text.Length;)
        {
            if (text[k] is ' ' or '\t')
            {
                k++;
                continue;
            }

            var begin = k;
            while (k < text.Length && text[k] is not (' ' or '\t'))
            {
                k++;
            }

            yield return (text[begin..k], begin + 1);
        }
    }

    private static int SkipBlanks(string line, ref int position)
    {
        var begin = position;
        while (position < line.Length && line[position] is ' ' or '\t')
        {
            position++;
        }

        return position - begin;
    }

    /// <summary>The lines of a text; a line ends at CRLF, LF or CR.</summary>
    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var begin = 0;
        for (var k = 0; k < text.Length; k++)
        {
            if (text[k] is '\n' or '\r')
            {
                lines.Add(text[begin..k]);
                if (text[k] == '\r' && k + 1 < text.Length && text[k + 1] == '\n')
                {
                    k++;
                }

                begin = k + 1;
            }
        }

        if (begin < text.Length)
        {
            lines.Add(text[begin..]);
        }

        return lines;
    }

    private static string Format(TimeSpan time) =>
        string.Create(CultureInfo.InvariantCulture, $"{(long)time.TotalHours:00}:{time.Minutes:00}:{time.Seconds:00}.{time.Milliseconds:000}");

    private static string Shorten(string value) => value.Length > 40 ? value[..37] + "..." : value;
}
