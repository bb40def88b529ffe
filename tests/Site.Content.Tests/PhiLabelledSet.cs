using Site.Content.Compliance;

namespace Site.Content.Tests;

/// <summary>
/// A labelled set of one-line sentences (Specs/phi-*.tsv): each identifier is marked <c>⟦Kind|text⟧</c>, a row
/// without a mark must stay clean. Scores the PHI guard by overlap of ranges: recall is the share of marked
/// identifiers that a hit overlaps; precision the share of hits that overlap a marked identifier.
/// </summary>
public sealed record PhiLabelledSet(IReadOnlyList<PhiLabelledSet.Row> Rows)
{
    public sealed record Row(int Line, string Text, IReadOnlyList<(PhiKind Kind, int Index, int Length)> Marks);

    public sealed record Score(int Marks, int Found, int Hits, int Correct, IReadOnlyList<string> Misses, IReadOnlyList<string> FalseAlarms)
    {
        public double Recall => Marks == 0 ? 1 : Found / (double)Marks;

        public double Precision => Hits == 0 ? 1 : Correct / (double)Hits;

        public override string ToString() => $"recall {Recall:0.000} ({Found} of {Marks} identifiers), precision {Precision:0.000} ({Correct} of {Hits} hits)";
    }

    public static PhiLabelledSet Load(string name)
    {
        var rows = new List<Row>();
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Specs", name));
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0 || lines[i].StartsWith('#'))
            {
                continue;
            }

            var text = new System.Text.StringBuilder();
            var marks = new List<(PhiKind, int, int)>();
            var line = lines[i];
            for (var at = 0; at < line.Length;)
            {
                var open = line.IndexOf('⟦', at);
                if (open < 0)
                {
                    text.Append(line, at, line.Length - at);
                    break;
                }

                var bar = line.IndexOf('|', open);
                var close = line.IndexOf('⟧', bar);
                text.Append(line, at, open - at);
                var value = line[(bar + 1)..close];
                marks.Add((Enum.Parse<PhiKind>(line[(open + 1)..bar]), text.Length, value.Length));
                text.Append(value);
                at = close + 1;
            }

            rows.Add(new Row(i + 1, text.ToString(), marks));
        }

        return new PhiLabelledSet(rows);
    }

    public Score Measure(PhiScanner scanner)
    {
        int marks = 0, found = 0, hits = 0, correct = 0;
        var misses = new List<string>();
        var alarms = new List<string>();
        foreach (var row in Rows)
        {
            var got = scanner.Scan(row.Text);
            marks += row.Marks.Count;
            hits += got.Count;
            foreach (var mark in row.Marks)
            {
                if (got.Any(h => h.Index < mark.Index + mark.Length && mark.Index < h.Index + h.Length))
                {
                    found++;
                }
                else
                {
                    misses.Add($"line {row.Line}: missed {mark.Kind} '{row.Text.Substring(mark.Index, mark.Length)}': {row.Text}");
                }
            }

            foreach (var hit in got)
            {
                if (row.Marks.Any(m => hit.Index < m.Index + m.Length && m.Index < hit.Index + hit.Length))
                {
                    correct++;
                }
                else
                {
                    alarms.Add($"line {row.Line}: false alarm {hit.Kind} '{hit.Text}': {row.Text}");
                }
            }
        }

        return new Score(marks, found, hits, correct, misses, alarms);
    }
}
