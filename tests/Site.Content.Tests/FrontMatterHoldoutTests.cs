using System.Text.RegularExpressions;
using Xunit;

namespace Site.Content.Tests;

/// <summary>
/// Specs/front-matter-holdout.md: twenty mistakes of editors used to other tools, written before the messages, each
/// with what a message must say for the editor to know what to do. Counts the cases whose diagnostics say it, and
/// holds the count (the report of issue 19 gives it).
/// </summary>
public sealed partial class FrontMatterHoldoutTests(ITestOutputHelper output)
{
    /// <summary>The number of cases that pass (4 before the messages of issue 19); never lower it.</summary>
    private const int Passing = 20;

    [Fact]
    public void Messages_say_what_to_do()
    {
        var cases = Load(Path.Combine(AppContext.BaseDirectory, "Specs", "front-matter-holdout.md"));
        Assert.Equal(20, cases.Count);
        var passed = 0;
        foreach (var (example, says, at) in cases)
        {
            var actual = FrontMatterSpecTests.Run(example).Actual;
            var lines = actual.Split('\n').Select(l => AllowedKeys().Replace(l, string.Empty)).ToList();
            var missing = says.Where(s => !s.Split('|').Any(word => lines.Any(l => l.Contains(word, StringComparison.OrdinalIgnoreCase)))).ToList();
            var placed = at is null || lines.Any(l => l.StartsWith($"input/stories/example.md:{at}:", StringComparison.Ordinal));
            var pass = missing.Count == 0 && placed;
            passed += pass ? 1 : 0;
            output.WriteLine($"{(pass ? "pass" : "FAIL")} {example.Name}{(missing.Count == 0 ? string.Empty : $": missing [{string.Join(", ", missing)}]")}{(placed ? string.Empty : $", not at line {at}")}\n{actual}\n");
        }

        output.WriteLine($"{passed} of {cases.Count} hold-out cases get a message that says what to do");
        Assert.True(passed >= Passing, $"{passed} of {cases.Count} pass; {Passing} did before");
    }

    private static List<(SpecExample Example, List<string> Says, int? At)> Load(string path)
    {
        var examples = new List<(SpecExample, List<string>, int?)>();
        var lines = File.ReadAllLines(path);
        var text = string.Join('\n', lines);

        // Each case: the heading, the input block, and its '- says:' and '- at:' lines up to the next case.
        foreach (Match match in Case().Matches(text))
        {
            var input = Regex.Replace(match.Groups["input"].Value + "\n", @"\{U\+([0-9A-F]{4})\}", m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString());
            var rules = match.Groups["rules"].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var says = rules.Where(r => r.StartsWith("- says: ", StringComparison.Ordinal)).Select(r => r["- says: ".Length..]).ToList();
            var at = rules.Where(r => r.StartsWith("- at: ", StringComparison.Ordinal)).Select(r => (int?)int.Parse(r["- at: ".Length..], System.Globalization.CultureInfo.InvariantCulture)).FirstOrDefault();
            var name = match.Groups["name"].Value.Trim();
            examples.Add((new SpecExample(name, "story", input, string.Empty, 0), says, at));
        }

        return examples;
    }

    [GeneratedRegex(@"^## (?<name>[^\n]+)\n\n~~~~ input story\n(?<input>.*?)\n~~~~\n(?<rules>(?:\n|- [^\n]*\n?)*)", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Case();

    [GeneratedRegex(@" ?\(allowed keys: [^)]*\)")]
    private static partial Regex AllowedKeys();
}
