using System.Text;
using static Site.Build.Tests.Hostile.Expectation;
using static Site.Build.Tests.Hostile.ExpectedDiagnostic;
using static Site.Build.Tests.Hostile.HostileSite;
using static Site.Build.Tests.Hostile.MarkdownBombs;

namespace Site.Build.Tests.Hostile;

/// <summary>
/// Rule 5, no input is answered with "internal error", a stack trace or a hang, and every error line names a file:
/// inputs that attack the parsers and the template engine rather than the rules above. Each must fail with an error
/// naming the file to fix, or for the theme some file of the theme (the code is the implementation's choice).
/// </summary>
public static class Rule5NoCrash
{
    private const string CopyrightLine = "<p class=\"copyright\">";

    public static IEnumerable<HostileCase> Cases =>
    [
        new(5, "billion laughs: YAML aliases expanding to 10^9 items", s => s.Edit(Maria, "tags: [recovery]\n", BillionLaughs() + "tags: *a9\n"), Fails(ErrorAt(Maria))),
        new(5, "YAML flow sequences nested 10,000 deep", s => s.Edit(Maria, "tags: [recovery]", "tags: " + Repeat("[", 10_000) + "recovery" + Repeat("]", 10_000)), Fails(ErrorAt(Maria))),
        new(5, "YAML flow mappings nested 10,000 deep", s => s.Edit(Maria, "patient: { name: Sam, minor: false }", "patient: " + Repeat("{a: ", 10_000) + "b" + Repeat("}", 10_000)), Fails(ErrorAt(Maria))),
        new(5, "YAML nested 10,000 deep in site.yml", s => s.Edit(Settings, "  - { title: Stories, url: /stories/ }", "  - " + Repeat("[", 10_000) + Repeat("]", 10_000)), Fails(ErrorAt(Settings))),
        new(5, "a partial that includes itself", s => s.Edit(Footer, CopyrightLine, "{% include 'footer' %}" + CopyrightLine), Fails(ErrorUnder("theme/"))),
        new(5, "a template loop of a billion turns", s => s.Edit(Footer, CopyrightLine, "{% for i in (1..1000000000) %}{% endfor %}" + CopyrightLine), Fails(ErrorUnder("theme/"))),
        new(5, "a story saved as UTF-16 with a BOM", s => s.WriteBytes(Maria, [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Documents.MariaStory())]), Fails(ErrorAt(Maria))),
    ];

    /// <summary>Ten keys, each a list of ten of the one before (unknown keys too: the error must not wait for the expansion).</summary>
    private static string BillionLaughs()
    {
        var text = new StringBuilder("lol0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 1; level <= 9; level++)
        {
            var previous = $"*a{level - 1}";
            text.Append($"lol{level}: &a{level} [").AppendJoin(", ", Enumerable.Repeat(previous, 10)).Append("]\n");
        }

        return text.ToString();
    }
}
