using Site.Content.Compliance;
using Site.Content.Model;
using Site.Testing;
using Xunit;

namespace Site.Content.Tests;

/// <summary>
/// The PHI guard on a labelled set of snippets (Specs/phi-snippets.tsv): true identifiers and look-alikes such
/// as the clinic's own phone number, a year, a dosage or a room number. Prints precision and recall (reported in
/// docs/COMPLIANCE.md) and holds them to a floor, listing every snippet it gets wrong.
/// </summary>
public sealed class PhiGuardSetTests(ITestOutputHelper output)
{
    public static readonly Organization TestOrganization = new(
        "Riverside Health",
        "1400 Riverbend Avenue, Riverside, IL 62704",
        "+1-555-010-0100",
        ["riversidehealth.example"],
        ["+1-555-010-0100", "+1-555-010-0150"]);

    [Fact]
    public void The_labelled_set_is_large_enough_and_balanced()
    {
        var set = Load();
        Assert.True(set.Count >= 60, $"{set.Count} snippets");
        Assert.True(set.Count(s => s.Expected is null) >= 20);
        Assert.Equal(Enum.GetValues<PhiKind>().Length, set.Where(s => s.Expected is not null).Select(s => s.Expected).Distinct().Count());
    }

    [Fact]
    public void Precision_and_recall_on_the_labelled_set()
    {
        var scanner = new PhiScanner(TestOrganization);
        int truePositives = 0, falsePositives = 0, falseNegatives = 0;
        var wrong = new List<string>();
        foreach (var (expected, snippet) in Load())
        {
            var kinds = scanner.Scan(snippet).Select(h => h.Kind).ToList();
            if (expected is { } kind)
            {
                if (kinds.Contains(kind))
                {
                    truePositives++;
                }
                else
                {
                    falseNegatives++;
                    wrong.Add($"missed {kind}: {snippet}");
                }

                falsePositives += kinds.Count(k => k != kind);
                wrong.AddRange(kinds.Where(k => k != kind).Select(k => $"also flagged {k}: {snippet}"));
            }
            else
            {
                falsePositives += kinds.Count;
                wrong.AddRange(kinds.Select(k => $"false alarm {k}: {snippet}"));
            }
        }

        var precision = truePositives / (double)(truePositives + falsePositives);
        var recall = truePositives / (double)(truePositives + falseNegatives);
        output.WriteLine($"precision {precision:0.000} recall {recall:0.000} (tp {truePositives}, fp {falsePositives}, fn {falseNegatives})");
        wrong.ForEach(output.WriteLine);
        Assert.True(precision >= 0.95 && recall >= 0.95, $"precision {precision:0.000}, recall {recall:0.000}:\n{string.Join('\n', wrong)}");
    }

    [Fact]
    public void Hits_carry_their_line_and_column()
    {
        var hits = new PhiScanner(TestOrganization).Scan("---\ntitle: x\n---\n\nCall Maria at 555-867-5309.\n");
        var hit = Assert.Single(hits);
        Assert.Equal((PhiKind.PhoneNumber, "555-867-5309", 5, 15), (hit.Kind, hit.Text, hit.Line, hit.Column));
    }

    private static List<(PhiKind? Expected, string Snippet)> Load() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Specs", "phi-snippets.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t', 2))
            .Select(p => (p[0] == "none" ? (PhiKind?)null : Enum.Parse<PhiKind>(p[0]), p[1]))
            .ToList();
}
