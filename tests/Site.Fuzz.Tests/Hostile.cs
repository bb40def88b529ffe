using CsCheck;

namespace Site.Fuzz.Tests;

/// <summary>
/// Generators of hostile but realistic text: pieces of YAML and Markdown syntax, long runs and deep nesting of
/// syntax characters, unicode that trips code (combining marks, right-to-left marks, lone surrogates, line and
/// paragraph separators), NUL and control characters, CRLF and lone CR, very long lines, and plain words between
/// them. Every input is bounded (<see cref="MaxLength"/>) so that one case stays fast.
/// </summary>
public static class Hostile
{
    public const int MaxLength = 6000;

    /// <summary>How deep generated nesting goes. Deeper Markdown nesting is a known problem (see docs/FUZZING.md).</summary>
    public const int MaxDepth = 60;

    public static readonly string[] YamlSyntax =
    [
        "---", "...", ":", ": ", "- ", "? ", "&a ", "*a", "&anchor", "*anchor", "!!str ", "!!int ", "!!binary ", "!ruby/object:Foo ", "!<tag:x,2000:y> ", "!", "!!",
        "|", "|-", "|+", ">", ">-", "'", "\"", "''", "\\\"", "\\", "{", "}", "[", "]", ",", "#", " #", "%YAML 1.2\n", "%TAG ! tag:x,2000:\n", "<<: *a",
        "~", "null", "Null", "true", "yes", "on", "1e3", "0x1F", "-0", ".inf", ".nan", "2026-03-10", "2026-02-30", "2026-13-01", "12:30", "9999-12-31", "0001-01-01",
        "\t", "  ", "    ", "\\n", "\\0", "\\x1b", "\\u2028", "\\U0001F600", "\\uD800", "@", "`", "=", "<<",
    ];

    public static readonly string[] MarkdownSyntax =
    [
        "*", "**", "***", "_", "__", "[", "]", "](", ")", "![", "](/a)", "](javascript:alert(1))", "](<a b>)", "](/a \"t\")", ">", "> ", "#", "## ", "###### ", "####### ",
        "```", "```js\n", "~~~", "`", "``", "<", "</", "<script>", "<style>", "<iframe src=x>", "<!--", "-->", "<![CDATA[", "&amp;", "&#0;", "&#x110000;", "&nbsp",
        "|", "| --- |", "|:-:|", "- [ ] ", "- [x] ", "[^1]", "[^1]: ", "[^", "1. ", "99999999999. ", "+ ", "* ", "- ", "    ", "\\", "\\*", "http://", "https://x.org/a_b",
        "www.", "mailto:", "<http://a>", "<a@b.c>", "---", "===", "***", "___", "^", "~", "~~", "!", "(", "{#id}", "[a]: /url", "[a]", "[]", "[a][b]", "\n\n",
    ];

    public static readonly string[] Unicode =
    [
        "\u0301", "\u0301\u0301\u0301\u0301", "\u202E", "\u202D", "\u202A", "\u2066", "\u200F", "\u200E", "\u061C", "\u05D0\u05D1", "\u0627\u0644\u0639", "\uD83D\uDE00",
        "\uD83D", "\uDE00", "\uFEFF", "\u2028", "\u2029", "\u0085", "\u00A0", "\u200B", "\u200D", "\u3000", "\uFFFD", "\uFFFF", "\uFFFE", "e\u0301", "\u0130", "\u0131", "\u00DF",
        "\uFF1A", "\uFF03", "\uFF0F", "\u2215", "\u2024", "\u0660\u0661", "\uD801\uDC00", "\U0001F600",
    ];

    public static readonly string[] Controls =
    [
        "\0", "\u0001", "\u0007", "\b", "\u000B", "\f", "\u001B", "\u007F", "\u0080", "\u009B", "\r", "\n", "\r\n", "\n\n", "\r\r", "\t", "\n---\n", "\r\n---\r\n",
    ];

    /// <summary>What a run or a nesting is made of.</summary>
    public const string RunCharacters = "*_[]>-`#|~(){}!\\<&:'\"= \t\n.";

    public static readonly string[] NestingPrefixes = ["> ", ">", "- ", "* ", "1. ", "  - ", "    > ", "[", "(", "**", "_", "![", "<", "{", "- > ", "> - "];

    public static readonly Gen<string> Word = Gen.Char["abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-"].Array[1, 12].Select(c => new string(c));

    public static readonly Gen<string> Run = Gen.Select(Gen.Char[RunCharacters], Gen.Int[2, 400], (c, n) => new string(c, n));

    public static readonly Gen<string> Nesting = Gen.Select(Gen.OneOf(NestingPrefixes), Gen.Int[2, MaxDepth], Word, (prefix, depth, word) => string.Concat(Enumerable.Repeat(prefix, depth)) + word);

    public static readonly Gen<string> LongLine = Gen.Select(Gen.Char["ab *_[#-"], Gen.Int[200, 3000], (c, n) => new string(c, n));

    /// <summary>Any UTF-16 code units, surrogates and all.</summary>
    public static readonly Gen<string> AnyChars = Gen.Char.Array[1, 8].Select(c => new string(c));

    /// <summary>Text made of pieces drawn from <paramref name="pieces"/> and from every other kind of hostile piece.</summary>
    public static Gen<string> Text(Gen<string> pieces, int maxPieces = 40) =>
        Gen.Frequency(
                (6, pieces),
                (4, Word),
                (3, Gen.Const(" ")),
                (3, Gen.Const("\n")),
                (2, Gen.OneOf(Unicode)),
                (2, Gen.OneOf(Controls)),
                (1, Run),
                (1, Nesting),
                (1, LongLine),
                (1, AnyChars))
            .Array[0, maxPieces]
            .Select(Bounded);

    public static readonly Gen<string> Yaml = Text(Gen.OneOf(YamlSyntax));

    public static readonly Gen<string> Markdown = Text(Gen.OneOf(MarkdownSyntax));

    /// <summary>Text mixing YAML and Markdown syntax.</summary>
    public static readonly Gen<string> Any = Text(Gen.OneOf([.. YamlSyntax, .. MarkdownSyntax]));

    public static string Bounded(string[] pieces)
    {
        var text = string.Concat(pieces);
        return text.Length > MaxLength ? text[..MaxLength] : text;
    }

    /// <summary>Joins lines with one line ending each, chosen per line (LF, CRLF, lone CR or none at the end).</summary>
    public static Gen<string> Lines(Gen<string[]> lines) =>
        lines.SelectMany(items => Gen.OneOf("\n", "\n", "\n", "\r\n", "\r", "\u2028", "\u0085").Array[items.Length].Select(ends =>
            Bounded(items.Select((line, i) => line + ends[i]).ToArray())));
}
