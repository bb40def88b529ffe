using Site.Content.Compliance;
using Site.Content.Model;
using Xunit;

namespace Site.Content.Tests;

/// <summary>
/// The PHI guard on its labelled sets, scored by overlap of ranges (docs/COMPLIANCE.md, "How well the patterns work"):
/// Specs/phi-holdout.tsv and Specs/phi-tuning.tsv were written apart from the guard, from the rules only
/// (Specs/phi-rules.md); the guard was tuned on the tuning set and is reported on the holdout set. The first set,
/// phi-snippets.tsv, was written together with the first patterns and is kept as a regression set. Each prints its
/// figures and every miss and false alarm, and is held to recall and precision of 0.95.
/// </summary>
public sealed class PhiGuardSetTests(ITestOutputHelper output)
{
    public static readonly Organization TestOrganization = new(
        "Riverside Health",
        "1400 Riverbend Avenue, Riverside, IL 62704",
        "+1-555-010-0100",
        ["riversidehealth.example"],
        ["+1-555-010-0100", "+1-555-010-0150"]);

    [Theory]
    [InlineData("phi-holdout.tsv", 400)]
    [InlineData("phi-tuning.tsv", 400)]
    public void The_sets_are_large_and_cover_every_kind_with_look_alikes(string name, int rows)
    {
        var set = PhiLabelledSet.Load(name);

        Assert.True(set.Rows.Count >= rows, $"{set.Rows.Count} rows");
        Assert.True(set.Rows.Count(r => r.Marks.Count == 0) >= set.Rows.Count / 3, "a third of the rows are look-alikes");
        Assert.Equal(Enum.GetValues<PhiKind>().Order(), set.Rows.SelectMany(r => r.Marks).Select(m => m.Kind).Distinct().Order());
    }

    [Theory]
    [InlineData("phi-holdout.tsv")]
    [InlineData("phi-tuning.tsv")]
    public void Recall_and_precision_on_a_set_written_apart_from_the_guard(string name)
    {
        var score = PhiLabelledSet.Load(name).Measure(new PhiScanner(TestOrganization));

        output.WriteLine($"{name}: {score}");
        foreach (var line in score.Misses.Concat(score.FalseAlarms))
        {
            output.WriteLine(line);
        }

        Assert.True(score.Recall >= 0.95 && score.Precision >= 0.95, $"{name}: {score}\n{string.Join('\n', score.Misses.Concat(score.FalseAlarms))}");
    }

    /// <summary>
    /// A third set, written after the guard by another helper from the rules only, in the shapes of real documents
    /// (forms, signatures, spreadsheets, chat). It was scored once, as it came, and is never tuned on: this test holds
    /// the guard to the figures first measured (recall 0.942, precision 0.978), so a change that loses ground shows.
    /// </summary>
    [Fact]
    public void Recall_and_precision_on_a_set_written_after_the_guard()
    {
        var score = PhiLabelledSet.Load("phi-check.tsv").Measure(new PhiScanner(TestOrganization));

        output.WriteLine($"phi-check.tsv: {score}");
        Assert.True(score.Recall >= 0.94 && score.Precision >= 0.975, $"phi-check.tsv: {score}");
    }

    [Fact]
    public void Recall_and_precision_on_the_first_set()
    {
        var scanner = new PhiScanner(TestOrganization);
        var (found, marks, alarms, wrong) = (0, 0, 0, new List<string>());
        foreach (var (expected, snippet) in LoadSnippets())
        {
            var kinds = scanner.Scan(snippet).Select(h => h.Kind).ToList();
            if (expected is { } kind)
            {
                marks++;
                found += kinds.Count > 0 ? 1 : 0;
                if (kinds.Count == 0)
                {
                    wrong.Add($"missed {kind}: {snippet}");
                }
            }
            else if (kinds.Count > 0)
            {
                alarms++;
                wrong.Add($"false alarm {string.Join(",", kinds)}: {snippet}");
            }
        }

        output.WriteLine($"phi-snippets.tsv: {found} of {marks} found, {alarms} false alarms");
        wrong.ForEach(output.WriteLine);
        Assert.True(found >= marks * 0.95 && alarms <= 2, string.Join('\n', wrong));
    }

    [Fact]
    public void Hits_carry_their_line_column_and_length()
    {
        var hits = new PhiScanner(TestOrganization).Scan("---\ntitle: x\n---\n\nCall Maria at 555-867-5309.\n");
        var hit = Assert.Single(hits);
        Assert.Equal((PhiKind.PhoneNumber, "555-867-5309", 5, 15, 26), (hit.Kind, hit.Text, hit.Line, hit.Column, hit.EndColumn));
    }

    private static List<(PhiKind? Expected, string Snippet)> LoadSnippets() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Specs", "phi-snippets.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t', 2))
            .Select(p => (p[0] == "none" ? (PhiKind?)null : Enum.Parse<PhiKind>(p[0]), p[1]))
            .ToList();
}
