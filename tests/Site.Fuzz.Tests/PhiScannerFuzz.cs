using CsCheck;
using Site.Content.Compliance;
using Site.Content.Model;
using Xunit;

namespace Site.Fuzz.Tests;

/// <summary>
/// <see cref="PhiScanner.Scan"/>: never throws, is deterministic, and its hits are in order, do not overlap, are
/// the text at their index, stay on one line, and have the line and column of that index.
/// </summary>
public sealed class PhiScannerFuzz
{
    private static readonly PhiScanner Scanner = new(new Organization(
        "Riverside Health", "1400 Riverbend Avenue, Riverside, IL 62704", "+1-555-010-0100", ["riversidehealth.example"], ["+1-555-010-0100", "+1-555-010-0150"]));

    /// <summary>Pieces of what the detectors look for, whole and broken.</summary>
    private static readonly string[] PhiPieces =
    [
        "555-867-5309", "(312) 555-0143", "+1 415 555 0182", "555.201.7788", "1-800-555-0199", "+1-555-010-0100", "+44 20 7946 0958", "ext. 12", "x123", "phone:", "fax",
        "123-45-6789", "078051120", "SSN:", "Social Security number", "maria.lopez62@gmail.com", "a@b", "@", "@@", "maria at gmail dot com", "(at)", "[dot]",
        "412 Maple Street", "P.O. Box 4417", "1400 Riverbend Avenue", "Apt. 4B", "N. Oak Park Ave.", "IL 62701", "60614-2233", "ZIP", "born on March 5, 1961",
        "DOB: 03/05/1961", "12/9/99", "1958-11-02", "birthday", "the 3rd of June", "MRN 00482913", "MRN:", "account #", "member ID", "policy", "licence", "DL",
        "plate", "ABC-1234", "VIN", "1HGCM82633A004352", "serial", "SN:", "device", "4111 1111 1111 1111", "4111-1111-1111-1111", "192.168.0.1", "10.0.0.256",
        "::1", "fe80::1%eth0", "2001:db8::ff00:42:8329", "::", ":::", "@maria_walks", "instagram.com/maria", "gofundme.com/f/x", "www.", "https://", "http://x.",
        "riversidehealth.example", ".com", ".org", ".example", "youtube.com/@x", "0", "00", "000000000000000000000", "1", "-", ".", "/", "(", ")", "+", "#",
    ];

    private static readonly Gen<string> Digits = Gen.Select(Gen.Char["0123456789"], Gen.Char["0123456789 -./()+"], Gen.Int[1, 60], Gen.Int[1, 5], (digit, separator, length, every) =>
        string.Concat(Enumerable.Range(0, length).Select(i => i % every == every - 1 ? separator.ToString() : ((char)('0' + ((digit - '0' + i * 7) % 10))).ToString())));

    public static readonly Gen<string> Input = Hostile.Text(Gen.Frequency((3, Gen.OneOf(PhiPieces)), (2, Digits), (1, Gen.OneOf(Hostile.MarkdownSyntax))), maxPieces: 60);

    [Fact]
    public void Fuzz() => Fuzzer.Run(nameof(PhiScannerFuzz), Input, Check, text => $"Check({Fuzzer.Literal(text)})", iterations: 1500);

    /// <summary>A street address ran on over a line break; fixed in PhiScanner (a hit is cut at the line break).</summary>
    [Fact]
    public void Found_22818d17() => Check("5jc5SK6iCpY> > > > > > > zPpO6xQMD61y630721852263072185226307218" + new string('-', 101) + "418-296-074-852-63096337413529330731853963374135293307" + new string(')', 357) + "\n 555-867-530910.0.0.256 " + new string('_', 2183) + "sk9.example\n ::1\nN. Oak Park Ave.\u0008nsbZWJgofundme.com/f/x\n555.201.77889630541855963054185596> 02428221958-11-02\n xtdz2k7|NZJT " + new string('*', 444) + "account #8529.3074.8529.3074.8529.3074.8529.3074.8529\n 5oDwuGv  \uFF03");

    [Fact]
    public void Found_22818d17_minimized() => Check("1\nP Av");

    /// <summary>A licence label before a run of " -   -" took exponential time in the value pattern; fixed in LabelledIdDetector.</summary>
    [Fact]
    public void Found_f32a0413() => Check(new string('*', 819) + "9630(4185(9630(4185(9630(4185(9630(4185(9630(4185(9630(4185(\nABC-1234\n \n\u0080\uD801\uDC00\nDL  -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   - K> - > - > - > - 9Zn6C2u41/52/63/74/85/96/07/18/29/30/41/52/63/74/85/96/07/18/29/\n" + new string('<', 57) + "Cyi7078051120(\r\n---\r\n\t\u2066 fax@@ \u0001\nw0-Ka-SNf\u0008::85/96/zfjSi");

    [Fact]
    public void Found_f32a0413_minimized() => Check("DL" + string.Concat(Enumerable.Repeat("  - ", 40)) + "K");

    /// <summary>A record number's value ran on over a line break ("MRN 3" and "07" on the next line); fixed in LabelledIdDetector.</summary>
    [Fact]
    public void Found_7f01d161() => Check("1-800-555-0199" + new string('#', 288) + "\uFFFDtC\n" + new string('#', 1760) + "\n\u01312963064165266367468569660761862963064165266367468569kT00 \u0130\nyoutube.com/@x\nMRN 00482913\n074+852+630+418+296+074+852+630+418+29" + new string('~', 82) + "\n) \n    2-IymsxVnQBh  23630343832363034");

    [Fact]
    public void Found_7f01d161_minimized() => Check("MRN 3\n07");

    internal static void Check(string text)
    {
        var hits = Scanner.Scan(text);
        Assert.Equal(hits, Scanner.Scan(text));

        var end = 0;
        foreach (var hit in hits)
        {
            Assert.True(hit.Index >= end, $"hit '{hit.Text}' at {hit.Index} overlaps or comes before the one ending at {end}");
            Assert.True(hit.Length > 0);
            Assert.True(hit.Index + hit.Length <= text.Length);
            Assert.Equal(text.Substring(hit.Index, hit.Length), hit.Text);
            Assert.DoesNotContain('\n', hit.Text);

            var lineStart = text.LastIndexOf('\n', Math.Max(hit.Index - 1, 0)) + 1;
            if (hit.Index == 0)
            {
                lineStart = 0;
            }

            Assert.Equal(text[..hit.Index].Count(c => c == '\n') + 1, hit.Line);
            Assert.Equal(hit.Index - lineStart + 1, hit.Column);
            end = hit.Index + hit.Length;
        }
    }
}
