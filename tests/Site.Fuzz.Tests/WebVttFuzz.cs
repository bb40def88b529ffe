using CsCheck;
using Site.Content.Formats;
using Xunit;

namespace Site.Fuzz.Tests;

/// <summary>
/// <see cref="WebVtt.Parse"/> on WebVTT-shaped files whose every piece is made hostile, and on any text: never throws,
/// is deterministic, puts every error inside the file (a line it has, a column of that line or one past its end), and
/// gives every cue an end after its start when it finds no error.
/// </summary>
public sealed class WebVttFuzz
{
    private static readonly Gen<string> LineEnd = Gen.OneOf("\n", "\n", "\r\n", "\r", string.Empty);

    private static readonly Gen<string> Time = Gen.Frequency(
        (4, Gen.Select(Gen.Int[0, 99], Gen.Int[0, 61], Gen.Int[0, 1000], (m, s, f) => $"{m:00}:{s:00}.{f:000}")),
        (1, Gen.OneOf("", "00:00,000", "1:2.3", "99999999999:00:00.000", "00:00:00.0000", "-1:00.000", "00:00.", ":.", "٠٠:٠٠.٠٠٠", "00:00.000\0")));

    private static readonly Gen<string> Setting = Gen.OneOf("", " align:start", " line:-1", " line:50%,end", " size:100%", " position:0%,line-left", " vertical:lr", " region:x", " x", " :", " line:", " size:1e9%", " line:99999999999", "\talign:center");

    private static readonly Gen<string> Block = Gen.Frequency(
        (5, Gen.Select(Gen.OneOf("", "1\n", "id\r\n", "-->\n"), Time, Gen.OneOf(" --> ", "-->", " -->\t", " - > "), Time, Setting, LineEnd, Hostile.Any,
            (id, start, arrow, end, setting, lineEnd, text) => id + start + arrow + end + setting + lineEnd + text)),
        (1, Gen.OneOf("NOTE x", "NOTE\n-->", "STYLE\n::cue {}", "REGION\nid:a width:40%", "REGION\nbad", "NOTEx")),
        (1, Hostile.Any));

    public static readonly Gen<string> Input = Gen.Frequency(
        (4, Gen.Select(Gen.OneOf("WEBVTT", "\uFEFFWEBVTT", "WEBVTT - x", "WEBVTT\t", "webvtt", ""), Gen.Select(LineEnd, LineEnd, (a, b) => a + b).Array[1, 3], Block.Array[0, 5],
            (signature, ends, blocks) => signature + string.Concat(ends) + string.Join("\n\n", blocks))),
        (1, Hostile.Any));

    [Fact]
    public void Fuzz() => Fuzzer.Run(nameof(WebVttFuzz), Input, Check, text => $"Check({Fuzzer.Literal(text)})", iterations: 3000);

    internal static void Check(string text)
    {
        var result = WebVtt.Parse(text);
        var again = WebVtt.Parse(text);
        Assert.Equal(result.Errors, again.Errors);
        Assert.Equal(result.Cues, again.Cues);

        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        foreach (var error in result.Errors)
        {
            Assert.InRange(error.Line, 1, Math.Max(1, lines.Length));
            Assert.InRange(error.Column, 1, lines[error.Line - 1].Length + 1);
            Assert.False(string.IsNullOrWhiteSpace(error.Message));
        }

        if (result.Valid)
        {
            Assert.All(result.Cues, cue => Assert.True(cue.End > cue.Start, $"cue at line {cue.Line} ends before it starts"));
        }
    }
}
