namespace Site.Content.Tests;

/// <summary>
/// Reads a spec-style fixture file: each example is a <c>## heading</c>, then a fenced block <c>~~~~ input KIND</c>
/// holding a whole content file, then a fenced block <c>~~~~ expect</c> holding the exact diagnostics, one per line
/// (empty when the file is valid). Read at run time; nothing is generated. In an input block, <c>{U+XXXX}</c> stands
/// for that character, so that invisible ones (NUL, escape) can be written in the spec.
/// </summary>
public sealed record SpecExample(string Name, string Kind, string Input, string Expected, int Line)
{
    public override string ToString() => Name;

    public static IReadOnlyList<SpecExample> Load(string path)
    {
        var lines = File.ReadAllLines(path);
        var examples = new List<SpecExample>();
        string? name = null;
        string? kind = null;
        string? input = null;
        var start = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("## ", StringComparison.Ordinal))
            {
                name = lines[i][3..].Trim();
                start = i + 1;
            }
            else if (lines[i].StartsWith("~~~~ input ", StringComparison.Ordinal))
            {
                kind = lines[i]["~~~~ input ".Length..].Trim();
                input = System.Text.RegularExpressions.Regex.Replace(ReadBlock(lines, ref i), @"\{U\+([0-9A-F]{4})\}", m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString());
            }
            else if (lines[i].StartsWith("~~~~ expect", StringComparison.Ordinal))
            {
                var expected = ReadBlock(lines, ref i);
                examples.Add(new SpecExample(name ?? $"line {i}", kind ?? "story", input ?? string.Empty, expected.TrimEnd('\n'), start));
                input = null;
            }
        }

        return examples;
    }

    private static string ReadBlock(string[] lines, ref int i)
    {
        var block = new List<string>();
        for (i++; i < lines.Length && lines[i] != "~~~~"; i++)
        {
            block.Add(lines[i]);
        }

        return block.Count == 0 ? string.Empty : string.Join('\n', block) + "\n";
    }
}
