using System.Text.RegularExpressions;
using Site.Content.Formats;
using Xunit;

namespace Site.Content.Tests;

/// <summary>
/// The WebVTT checker on <c>Specs/webvtt.md</c> (written with the code): each case's file must be valid with its number
/// of cues, or have its first error at the line and column the case gives; and on <c>Specs/webvtt-holdout.md</c>, written apart from it.
/// </summary>
public sealed partial class WebVttTests
{
    public static TheoryData<string> Tuning() => Names("webvtt.md");

    [Theory]
    [MemberData(nameof(Tuning))]
    public void Tuning_case(string name) => Check(VttCase.Load(PathOf("webvtt.md")).Single(c => c.Name == name));

    [Fact]
    public void The_tuning_set_has_valid_and_invalid_cases_with_unique_names()
    {
        var cases = VttCase.Load(PathOf("webvtt.md"));
        Assert.True(cases.Count >= 30, $"{cases.Count} cases");
        Assert.Contains(cases, c => c.Cues is not null);
        Assert.Contains(cases, c => c.Cues is null);
        Assert.Equal(cases.Count, cases.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count());
    }

    /// <summary>The hold-out set, written from the W3C rules by someone who did not see the checker; a case without a column accepts any.</summary>
    [Fact]
    public void Hold_out_set_written_apart_from_the_code()
    {
        var cases = VttCase.Load(PathOf("webvtt-holdout.md"));
        Assert.True(cases.Count >= 50, $"{cases.Count} cases");
        var failures = new List<string>();
        foreach (var example in cases)
        {
            try
            {
                Check(example);
            }
            catch (Xunit.Sdk.XunitException exception)
            {
                failures.Add($"{example.Name}: {exception.Message.Split('\n')[0]} {exception.Message.Split('\n').Skip(1).FirstOrDefault()}");
            }
        }

        Assert.True(failures.Count == 0, $"{cases.Count - failures.Count}/{cases.Count} pass; failing:\n{string.Join('\n', failures)}");
    }

    [Fact]
    public void Cues_keep_their_identifiers_times_and_text()
    {
        var result = WebVtt.Parse("WEBVTT\n\nintro\n01:02:03.004 --> 01:02:05.000 align:start\nHello\nthere\n");

        var cue = Assert.Single(result.Cues);
        Assert.Empty(result.Errors);
        Assert.Equal(("intro", new TimeSpan(0, 1, 2, 3, 4), new TimeSpan(0, 1, 2, 5), 4, "Hello\nthere"), (cue.Identifier, cue.Start, cue.End, cue.Line, cue.Text));
    }

    private static void Check(VttCase example)
    {
        var result = WebVtt.Parse(example.Text);
        var shown = string.Join("\n", result.Errors.Select(e => $"{e.Line}:{e.Column}: {e.Message}"));
        if (example.Cues is { } cues)
        {
            Assert.True(result.Valid, $"expected valid, found:\n{shown}");
            Assert.Equal(cues, result.Cues.Count);
            return;
        }

        Assert.False(result.Valid, "expected an error, found none");
        var first = result.Errors[0];
        Assert.True(first.Line == example.Line && (example.Column == 0 || first.Column == example.Column), $"expected the first error at {example.Line}:{(example.Column == 0 ? "any column" : example.Column)}, found:\n{shown}");
        if (example.Mentions is { } word)
        {
            Assert.Contains(word, first.Message, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "Specs", file);

    private static TheoryData<string> Names(string file)
    {
        var data = new TheoryData<string>();
        foreach (var example in VttCase.Load(PathOf(file)))
        {
            data.Add(example.Name);
        }

        return data;
    }

    /// <summary>One case of a WebVTT spec file: the file's text, and either its number of cues or where its first error is.</summary>
    private sealed partial record VttCase(string Name, string Text, int? Cues, int Line, int Column, string? Mentions)
    {
        public static List<VttCase> Load(string path)
        {
            var lines = File.ReadAllLines(path);
            var cases = new List<VttCase>();
            for (var i = 0; i < lines.Length; i++)
            {
                if (!lines[i].StartsWith("## ", StringComparison.Ordinal))
                {
                    continue;
                }

                var name = lines[i][3..].Trim();
                var j = i + 1;
                while (j < lines.Length && lines[j] != "~~~~vtt")
                {
                    j++;
                }

                var body = new List<string>();
                for (j++; j < lines.Length && lines[j] != "~~~~"; j++)
                {
                    body.Add(lines[j]);
                }

                var text = string.Join('\n', body) + "\n";
                if (text.EndsWith("{EOF}\n", StringComparison.Ordinal))
                {
                    text = text[..^"{EOF}\n".Length];
                }

                text = text.Replace("{CR}\n", "\r\n", StringComparison.Ordinal).Replace("{CR}", "\r", StringComparison.Ordinal)
                    .Replace("{BOM}", "\uFEFF", StringComparison.Ordinal).Replace("{TAB}", "\t", StringComparison.Ordinal);
                VttCase? found = null;
                for (j++; j < lines.Length && !lines[j].StartsWith("## ", StringComparison.Ordinal); j++)
                {
                    if (ValidLine().Match(lines[j]) is { Success: true } valid)
                    {
                        found = new VttCase(name, text, int.Parse(valid.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 0, 0, null);
                    }
                    else if (ErrorLine().Match(lines[j]) is { Success: true } error)
                    {
                        found = new VttCase(name, text, null, int.Parse(error.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), error.Groups[2].Success ? int.Parse(error.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) : 0, error.Groups[3].Success ? error.Groups[3].Value : null);
                    }
                    else if (lines[j].StartsWith("- ", StringComparison.Ordinal))
                    {
                        throw new FormatException($"{path}:{j + 1}: unknown expectation '{lines[j]}'");
                    }
                }

                cases.Add(found ?? throw new FormatException($"{path}:{i + 1}: case '{name}' says nothing to expect"));
                i = j - 1;
            }

            return cases;
        }

        [GeneratedRegex(@"^- valid, (\d+) cues?\s*$")]
        private static partial Regex ValidLine();

        [GeneratedRegex("^- error at (\\d+)(?::(\\d+))?(?: mentions \"([^\"]*)\")?\\s*$")]
        private static partial Regex ErrorLine();
    }
}
