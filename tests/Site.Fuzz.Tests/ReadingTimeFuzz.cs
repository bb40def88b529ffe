using CsCheck;
using Site.Content.Formats;
using Xunit;

namespace Site.Fuzz.Tests;

/// <summary>
/// <see cref="ReadingTime.Words"/> over words joined by white space, with markup between and inside the gaps (tags,
/// comments, script and style elements, entities): it counts exactly the words written, never throws, and the
/// minutes are the words at 200 a minute rounded up, at least one.
/// </summary>
public sealed class ReadingTimeFuzz
{
    private static readonly Gen<string> Word = Gen.OneOf("care", "heart-healthy", "10:30", "é", "护理", "don’t", "A&amp;E", "x");

    private static readonly Gen<string> Gap = Gen.OneOf(" ", "\n", "\r\n", "\t", "&nbsp;", " <br> ", "</p>\n<p>", " <!-- note: a b c --> ", " <script>var a = 'b c';</script> ", " <style>p { color: red }</style> ", " <em>", "</em> ", " - ", " — ");

    public static readonly Gen<(string[] Words, string[] Gaps)> Input =
        Word.Array[0, 1200].SelectMany(words => Gap.Array[words.Length + 1].Select(gaps => (words, gaps)));

    [Fact]
    public void Fuzz() => Fuzzer.Run(nameof(ReadingTimeFuzz), Input, input => Check(input.Words, input.Gaps), input => $"Check([{string.Join(", ", input.Words.Select(Fuzzer.Literal))}], [{string.Join(", ", input.Gaps.Select(Fuzzer.Literal))}])", iterations: 500);

    [Fact]
    public void Examples()
    {
        Assert.Equal(0, ReadingTime.Words("<p></p>"));
        Assert.Equal(3, ReadingTime.Words("<h2 class=\"a b\">Home again</h2><p>Today.</p>"));
        Assert.Equal(2, ReadingTime.Words("<p>One<script>two three</script> four</p>"));
        Assert.Equal(1, ReadingTime.Minutes(string.Empty));
        Assert.Equal(1, ReadingTime.Minutes(string.Join(' ', Enumerable.Repeat("w", 200))));
        Assert.Equal(2, ReadingTime.Minutes(string.Join(' ', Enumerable.Repeat("w", 201))));
        Assert.Equal("1 minute read", ReadingTime.Label(1));
        Assert.Equal("7 minute read", ReadingTime.Label(7));
    }

    internal static void Check(string[] words, string[] gaps)
    {
        var html = string.Concat(words.Select((w, i) => gaps[i] + w)) + gaps[^1];
        Assert.Equal(words.Length, ReadingTime.Words(html));
        Assert.Equal(Math.Max(1, (words.Length + 199) / 200), ReadingTime.Minutes(html));
    }
}
