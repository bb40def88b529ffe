using CsCheck;
using Site.Content.FrontMatter;
using Site.Engine.Diagnostics;
using Site.Engine.Files;
using Xunit;

namespace Site.Fuzz.Tests;

/// <summary>
/// <see cref="FrontMatterSplitter"/>: never throws, is deterministic, and either reports exactly one error (no
/// front matter, or never closed) or returns a block whose YAML and body are the text's own pieces, in order, at
/// the lines it says.
/// </summary>
public sealed class FrontMatterSplitterFuzz
{
    private const string Path = "input/stories/fuzz.md";

    private static readonly Gen<string> Fence = Gen.OneOf("---", "---", "...", "--- ", "---\t", "----", " ---", "-- -", "---\r", "\uFEFF---", "---\0");

    private static readonly Gen<string> LineEnd = Gen.OneOf("\n", "\n", "\r\n", "\r", "\u2028", "\u0085", string.Empty);

    /// <summary>Files shaped like content files (fence, YAML, fence, Markdown) with every piece made hostile, and plain hostile text.</summary>
    public static readonly Gen<string> Input = Gen.Frequency(
        (4, Gen.Select(Fence, LineEnd, Hostile.Yaml, LineEnd, Fence, LineEnd, Hostile.Markdown, (open, end1, yaml, end2, close, end3, body) =>
            open + end1 + yaml + end2 + close + end3 + body)),
        (1, Gen.Select(Fence, LineEnd, Hostile.Yaml, (open, end, yaml) => open + end + yaml)),
        (1, Hostile.Any));

    [Fact]
    public void Fuzz() => Fuzzer.Run(nameof(FrontMatterSplitterFuzz), Input, Check, text => $"Check({Fuzzer.Literal(text)})", iterations: 3000);

    internal static void Check(string text)
    {
        var (block, diagnostics) = Split(text);
        var (again, diagnosticsAgain) = Split(text);
        Assert.Equal(block, again);
        Assert.Equal(diagnostics, diagnosticsAgain);

        if (block is null)
        {
            var error = Assert.Single(diagnostics);
            Assert.Contains(error.Code, new[] { DiagnosticCodes.FrontMatterMissing, DiagnosticCodes.FrontMatterUnclosed });
            return;
        }

        Assert.Empty(diagnostics);
        var firstEnd = text.IndexOf('\n');
        Assert.True(firstEnd >= 0, "a block needs a first line");
        Assert.Equal("---", text[..firstEnd].TrimEnd('\r', ' ', '\t'));
        Assert.Equal(2, block.YamlLine);

        // The YAML starts right after the first line, the body ends the text, and they do not overlap.
        Assert.True(firstEnd + 1 + block.Yaml.Length <= text.Length - block.Body.Length, "the YAML and the body overlap");
        Assert.Equal(block.Yaml, text.Substring(firstEnd + 1, block.Yaml.Length));
        Assert.EndsWith(block.Body, text, StringComparison.Ordinal);

        var lines = text.Count(c => c == '\n') + 1;
        Assert.InRange(block.BodyLine, 3, lines + 1);
        if (block.Body.Length > 0)
        {
            var before = text[..(text.Length - block.Body.Length)];
            Assert.Equal(before.Count(c => c == '\n') + 1, block.BodyLine);
        }
    }

    private static (FrontMatterBlock? Block, IReadOnlyList<Diagnostic> Diagnostics) Split(string text)
    {
        var bag = new DiagnosticBag();
        var block = FrontMatterSplitter.Split(new SourceText(Path, text), bag);
        return (block, bag.ToList());
    }
}
