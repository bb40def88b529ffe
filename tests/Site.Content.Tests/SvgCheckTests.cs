using System.Globalization;
using Site.Content.Images;
using Xunit;

namespace Site.Content.Tests;

/// <summary>
/// The SVG check on two spec sets: <c>Specs/svg.md</c>, written with the code, and <c>Specs/svg-holdout.md</c>,
/// written from the rules only by someone who did not see the code. A case is a <c>## title</c>, a <c>~~~~svg</c>
/// block (the whole file), then <c>- safe</c>, or one <c>- unsafe at LINE</c> per problem (<c>- unsafe</c> alone: at
/// least one problem, anywhere), and optionally <c>- size WxH</c> or <c>- no size</c>.
/// </summary>
public sealed class SvgCheckTests
{
    public sealed record Case(string File, string Name, string Svg, bool Safe, IReadOnlyList<int> Lines, bool AnyLine, (int, int)? Size, bool NoSize)
    {
        public override string ToString() => $"{File}: {Name}";
    }

    public static IReadOnlyList<Case> Load(string file)
    {
        var lines = System.IO.File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Specs", file));
        var cases = new List<Case>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("## ", StringComparison.Ordinal))
            {
                continue;
            }

            var name = lines[i][3..].Trim();
            var j = i + 1;
            while (j < lines.Length && !lines[j].StartsWith("~~~~svg", StringComparison.Ordinal))
            {
                j++;
            }

            var body = new List<string>();
            for (j++; j < lines.Length && lines[j] != "~~~~"; j++)
            {
                body.Add(lines[j]);
            }

            var (safe, any, noSize) = (false, false, false);
            (int, int)? size = null;
            var at = new List<int>();
            for (j++; j < lines.Length && !lines[j].StartsWith("## ", StringComparison.Ordinal); j++)
            {
                var line = lines[j].Trim();
                if (line == "- safe")
                {
                    safe = true;
                }
                else if (line == "- unsafe")
                {
                    any = true;
                }
                else if (line.StartsWith("- unsafe at ", StringComparison.Ordinal))
                {
                    at.Add(int.Parse(line["- unsafe at ".Length..], CultureInfo.InvariantCulture));
                }
                else if (line == "- no size")
                {
                    noSize = true;
                }
                else if (line.StartsWith("- size ", StringComparison.Ordinal))
                {
                    var parts = line["- size ".Length..].Split('x');
                    size = (int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
                }
            }

            cases.Add(new Case(file, name, string.Join('\n', body), safe, at, any, size, noSize));
            i = j - 1;
        }

        return cases;
    }

    public static TheoryData<string> Written() => new(Load("svg.md").Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Written))]
    public void Written_with_the_code(string name) => AssertCase(Load("svg.md").Single(c => c.Name == name));

    [Fact]
    public void Hold_out_set_written_apart_from_the_code()
    {
        var cases = Load("svg-holdout.md");
        Assert.True(cases.Count >= 50, $"the hold-out set has only {cases.Count} cases");
        var failures = new List<string>();
        foreach (var example in cases)
        {
            try
            {
                AssertCase(example);
            }
            catch (Xunit.Sdk.XunitException exception)
            {
                failures.Add($"{example.Name}: {exception.Message.Split('\n')[0]}");
            }
        }

        Assert.True(failures.Count == 0, $"{cases.Count - failures.Count}/{cases.Count} pass; failing:\n{string.Join('\n', failures)}");
    }

    private static void AssertCase(Case example)
    {
        var result = SvgCheck.Check(example.Svg);
        var found = result.Problems.Select(p => p.Line).Order().ToList();
        var detail = string.Join("; ", result.Problems.Select(p => $"{p.Line}:{p.Column} {p.Message}"));
        if (example.Safe)
        {
            Assert.True(found.Count == 0, $"expected safe, found {detail}");
        }
        else if (example.Lines.Count > 0)
        {
            Assert.True(example.Lines.Order().SequenceEqual(found), $"expected problems at {string.Join(",", example.Lines.Order())}, found {detail}");
        }
        else
        {
            Assert.True(example.AnyLine && found.Count > 0, "expected a problem, found none");
        }

        if (example.Size is { } size)
        {
            Assert.Equal(size, (result.Width ?? 0, result.Height ?? 0));
        }

        if (example.NoSize)
        {
            Assert.True(result.Width is null || result.Height is null, $"expected no size, found {result.Width}x{result.Height}");
        }
    }
}
