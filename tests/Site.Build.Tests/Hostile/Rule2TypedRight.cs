using static Site.Build.Tests.Hostile.Expectation;
using static Site.Build.Tests.Hostile.ExpectedDiagnostic;
using static Site.Build.Tests.Hostile.HostileSite;

namespace Site.Build.Tests.Hostile;

/// <summary>
/// Rule 2, typed right is not enough: YAML tags outside the core schema are an error at their position (SG2009);
/// required text that is empty or only whitespace after trimming is an error (SG2006); control characters other
/// than tab, LF and CR, in front matter or text, are an error at their line and column (SG2015).
/// </summary>
/// <remarks>
/// Positions in the fixture's story: line 3 is <c>title: "Maria Walks Again"</c>, 4 the summary, 7 the tags, 8 the
/// patient, 9 <c>consent:</c>; the text starts on line 20. In site.yml line 2 is the description.
/// </remarks>
public static class Rule2TypedRight
{
    private const string Title = "title: \"Maria Walks Again\"";
    private const string Summary = "summary: \"A story for tests.\"";

    public static IEnumerable<HostileCase> Cases =>
    [
        // YAML tags other than the core schema, at the tag's line and column.
        new(2, "!ruby/object tag on the title", s => s.Edit(Maria, Title, "title: !ruby/object:Foo \"Maria Walks Again\""), Fails(Error("SG2009", Maria, 3, 8))),
        new(2, "!!python/object/apply tag on the patient", s => s.Edit(Maria, "patient: { name: Sam, minor: false }", "patient: !!python/object/apply:os.system [\"id\"]"), Fails(Error("SG2009", Maria, 8, 10))),
        new(2, "!custom tag inside a list", s => s.Edit(Maria, "tags: [recovery]", "tags: [!custom recovery]"), Fails(Error("SG2009", Maria, 7, 8))),
        new(2, "!custom tag on a block mapping", s => s.Edit(Maria, "consent:\n", "consent: !custom\n"), Fails(Error("SG2009", Maria, 9, 10))),
        new(2, "!!binary tag (YAML 1.1, not core)", s => s.Edit(Maria, Summary, "summary: !!binary QSBzdG9yeQ=="), Fails(Error("SG2009", Maria, 4, 10))),
        new(2, "verbatim !<tag:yaml.org,2002:python/object> tag", s => s.Edit(Maria, Title, "title: !<tag:yaml.org,2002:python/object:os.system> Maria"), Fails(Error("SG2009", Maria, 3, 8))),
        new(2, "!ruby/hash tag in site.yml", s => s.Edit(Settings, "description: Stories for tests.", "description: !ruby/hash:Foo Stories for tests."), Fails(Error("SG2009", Settings, 2, 14))),
        new(2, "core schema tags !!str and !!bool are fine", s => s.Edit(Maria, Summary + "\n", "summary: !!str A story for tests.\ncomments: !!bool true\n"), Succeeds()),

        // Required text empty or only whitespace after trimming.
        new(2, "title \"\"", s => s.Edit(Maria, Title, "title: \"\""), Fails(Error("SG2006", Maria))),
        new(2, "title of three spaces", s => s.Edit(Maria, Title, "title: \"   \""), Fails(Error("SG2006", Maria))),
        new(2, "summary of tabs and a space", s => s.Edit(Maria, Summary, "summary: \"\\t \\t\""), Fails(Error("SG2006", Maria))),
        new(2, "summary of Unicode spaces (no-break, em)", s => s.Edit(Maria, Summary, "summary: \"\\u00A0\\u2003\""), Fails(Error("SG2006", Maria))),
        new(2, "title as a folded block of blank lines", s => s.Edit(Maria, Title + "\n", "title: >-\n\n"), Fails(Error("SG2006", Maria))),

        // YamlDotNet refuses a block scalar whose only line holds more spaces than its content (changed from SG2006:
        // the YAML itself is an error at its position before any field is read).
        new(2, "title as a folded block of a line of spaces", s => s.Edit(Maria, Title + "\n", "title: >-\n  \n"), Fails(Error("SG2003", Maria))),
        new(2, "page title ''", s => s.Write(About, "---\ntitle: ''\nsummary: Who we are.\n---\n\nWe are a test.\n"), Fails(Error("SG2006", About))),
        new(2, "patient name of one space", s => s.Edit(Maria, "name: Sam", "name: \" \""), Fails(Error("SG2006", Maria))),
        new(2, "consent authorization_id \"\"", s => s.Edit(Maria, "authorization_id: AUTH-st-2026-001", "authorization_id: \"\""), Fails(Error("SG2006", Maria))),
        new(2, "reviewer of spaces", s => s.Edit(Maria, "reviewed_by: \"Dr. A. Smith, MD\"", "reviewed_by: \"   \""), Fails(Error("SG2006", Maria))),
        new(2, "article author of spaces", s => s.Write(ArticlePath, Documents.Article.Replace("author: \"Ann Lee, RN\"", "author: \"  \"", StringComparison.Ordinal)), Fails(Error("SG2006", ArticlePath))),
        new(2, "event location of one space", s => s.Write(EventPath, Documents.Event.Replace("location: \"Main Hall, 1 Test Road\"", "location: \" \"", StringComparison.Ordinal)), Fails(Error("SG2006", EventPath))),
        new(2, "site title of spaces", s => s.Edit(Settings, "title: Test Stories", "title: \"   \""), Fails(Error("SG2006", Settings))),

        // Control characters, at their line and column (a YAML escape: at its line).
        new(2, "NUL in the text", s => s.WriteMariaBody("A\0B\n"), Fails(Error("SG2015", Maria, StoryBodyLine, 2))),
        new(2, "NUL after a two-byte character", s => s.WriteMariaBody("é\0\n"), Fails(Error("SG2015", Maria, StoryBodyLine, 2))),
        new(2, "U+0001 inside the quoted title", s => s.Edit(Maria, Title, "title: \"Maria\u0001 Walks Again\""), Fails(Error("SG2015", Maria, 3, 14))),
        new(2, "BEL as a YAML escape \\a in the title", s => s.Edit(Maria, Title, "title: \"Maria\\a Walks Again\""), Fails(Error("SG2015", Maria, 3))),
        new(2, "NUL as a YAML escape \\0 in the summary", s => s.Edit(Maria, Summary, "summary: \"A story\\0 for tests.\""), Fails(Error("SG2015", Maria, 4))),
        new(2, "terminal escape sequence in the text", s => s.WriteMariaBody("\u001b[31mRed\u001b[0m text.\n"), Fails(Error("SG2015", Maria, StoryBodyLine, 1))),
        new(2, "DEL U+007F in the text", s => s.WriteMariaBody("Hello\u007f there.\n"), Fails(Error("SG2015", Maria, StoryBodyLine, 6))),
        new(2, "form feed on a line of its own", s => s.WriteMariaBody("One.\n\u000c\nTwo.\n"), Fails(Error("SG2015", Maria, StoryBodyLine + 1, 1))),
        new(2, "vertical tab in the text", s => s.WriteMariaBody("One\u000bTwo.\n"), Fails(Error("SG2015", Maria, StoryBodyLine, 4))),
        new(2, "NUL in site.yml", s => s.Edit(Settings, "description: Stories for tests.", "description: Stories\0 for tests."), Fails(Error("SG2015", Settings, 2, 21))),
        new(2, "U+001F in a page's text", s => s.Write(About, Documents.Page("About", "We are\u001f a test.")), Fails(Error("SG2015", About, PageBodyLine, 7))),
        new(2, "control characters in two stories, both reported", s => { s.WriteMariaBody("A\0B\n"); s.WriteTomasBody("C\u0002D\n"); }, Fails(Error("SG2015", Maria, StoryBodyLine, 2), Error("SG2015", Tomas, StoryBodyLine, 2))),
        new(2, "tabs and CRLF line endings are fine", s => s.Write(Maria, Documents.MariaStory("## Home Again\n\nA\tshort story.\n").ReplaceLineEndings("\r\n")), Succeeds()),

        // Control characters smuggled past the decoder are not UTF-8 at all.
        new(2, "NUL smuggled as an overlong C0 80", s => s.WriteBytes(Maria, [.. System.Text.Encoding.UTF8.GetBytes(Documents.MariaStory("A")), 0xC0, 0x80, (byte)'B', (byte)'\n']), Fails(Error("SG1010", Maria))),
        new(2, "a lone surrogate ED A0 80", s => s.WriteBytes(Maria, [.. System.Text.Encoding.UTF8.GetBytes(Documents.MariaStory("A")), 0xED, 0xA0, 0x80, (byte)'\n']), Fails(Error("SG1010", Maria))),
    ];
}
