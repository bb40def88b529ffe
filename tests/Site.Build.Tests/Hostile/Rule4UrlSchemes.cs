using static Site.Build.Tests.Hostile.Expectation;
using static Site.Build.Tests.Hostile.ExpectedDiagnostic;
using static Site.Build.Tests.Hostile.HostileSite;

namespace Site.Build.Tests.Hostile;

/// <summary>
/// Rule 4, URL schemes: in Markdown, javascript:, vbscript:, data: and file: (any case, leading spaces or tabs,
/// entity or percent tricks) are an error at their line (SG3013), whatever the syntax; http, https, mailto, tel,
/// relative and root-relative URLs and fragments are fine. A theme template with such a link fails the build too
/// (the page check, reported wherever it reports). Front matter and settings that would put one in a page fail
/// the build (any error). Whatever happens, no written page holds a javascript: link (a universal check).
/// </summary>
public static class Rule4UrlSchemes
{
    private const int Text = StoryBodyLine;

    private const string CopyrightLine = "<p class=\"copyright\">";

    public static IEnumerable<HostileCase> Cases =>
    [
        // Inline links and their tricks.
        Refused("inline link javascript:", "[x](javascript:alert(1))"),
        Refused("inline link JaVaScRiPt:", "[x](JaVaScRiPt:alert(1))"),
        Refused("inline link with leading spaces", "[x](   javascript:alert(1))"),
        Refused("inline link in <pointy brackets>", "[x](<javascript:alert(1)>)"),
        Refused("pointy destination with a leading space and tab", "[x](< \tjavascript:alert(1)>)"),
        Refused("java&#x09;script: (entity tab)", "[x](java&#x09;script:alert(1))"),
        Refused("java&#10;script: (entity newline)", "[x](java&#10;script:alert(1))"),
        Refused("&#106;avascript: (decimal entity letter)", "[x](&#106;avascript:alert(1))"),
        Refused("&#x6A;&#x61;vascript: (hex entity letters)", "[x](&#x6A;&#x61;vascript:alert(1))"),
        Refused("&#32;javascript: (entity leading space)", "[x](&#32;javascript:alert(1))"),
        Refused("javascript&#58; (entity colon)", "[x](javascript&#58;alert(1))"),
        Refused("javascript&colon; (named entity colon)", "[x](javascript&colon;alert(1))"),
        // A browser does not decode %09 before reading the scheme: this is a relative path, so a broken link (changed
        // from SG3013 after checking the URL standard's parser; the page never carries a script link either way).
        new(4, "java%09script: (percent-encoded tab) is a relative path, a broken link", s => s.WriteMariaBody("[x](java%09script:alert(1))\n"), Fails(Error("SG3001", Maria, Text))),
        Refused("javascript: with a percent-encoded payload", "[x](javascript:%61lert%281%29)"),
        Refused("vbscript:", "[x](vbscript:msgbox(1))"),
        Refused("data:text/html", "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"),
        Refused("file:///etc/passwd", "[x](file:///etc/passwd)"),

        // Other syntaxes.
        Refused("image javascript:", "![x](javascript:alert(1))"),
        Refused("image data:image/png", "![x](data:image/png;base64,iVBORw0KGgo=)"),
        Refused("image FILE:", "![x](FILE:///etc/passwd)"),
        Refused("autolink <javascript:...>", "<javascript:alert(1)>"),
        Refused("autolink <JAVASCRIPT:...>", "<JAVASCRIPT:alert(1)>"),
        Refused("autolink <data:...>", "<data:text/html,hi>"),
        Refused("reference definition javascript:, at the definition", "[go][x]\n\n[x]: javascript:alert(1)", Text + 2),
        Refused("reference definition <JavaScript:> with a title", "[go][x]\n\n[x]: <JavaScript:alert(1)> \"Go\"", Text + 2),
        Refused("reference image definition data:", "![pic][p]\n\n[p]: data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=", Text + 2),
        Refused("link in a table cell", "| a |\n|---|\n| [x](javascript:alert(1)) |", Text + 2),
        Refused("link in a footnote", "Text.[^n]\n\n[^n]: See [x](javascript:alert(1)).", Text + 2),
        Refused("link in a list in a quote, further down", "Intro.\n\nMore.\n\n> - [link](javascript:alert(1))", Text + 4),
        new(4, "link in a page", s => s.Write(About, Documents.Page("About", "[x](javascript:alert(1))")), Fails(Error("SG3013", About, PageBodyLine))),
        new(4, "two refused links in one story, both reported", s => s.WriteMariaBody("[x](javascript:alert(1))\n\n![y](data:image/png;base64,AAAA)\n"), Fails(Error("SG3013", Maria, Text), Error("SG3013", Maria, Text + 2))),

        // What is allowed stays allowed.
        new(4, "http, https, mailto, tel, relative, root-relative and fragment links are fine", s => s.WriteMariaBody(
            "## Home Again\n\n[web](https://example.org/learn/javascript:basics) [plain](http://example.org/) [mail](mailto:info@test.example) "
            + "[call](tel:+1-555-010-0100) [sibling](../tomas-gardens/) [root](/stories/tomas-gardens/) [here](#home-again) <https://example.org/>\n"), Succeeds()),
        new(4, "the word javascript: in prose and in code is text", s => s.WriteMariaBody("Never type javascript: into the address bar; `javascript:alert(1)` is a code sample.\n"), Succeeds()),

        // Theme templates: the page check.
        Theme("footer partial with href=\"javascript:\"", s => s.Edit(Footer, CopyrightLine, "<a href=\"javascript:alert(1)\">x</a>" + CopyrightLine)),
        Theme("footer partial with java&#x09;script:", s => s.Edit(Footer, CopyrightLine, "<a href=\"java&#x09;script:alert(1)\">x</a>" + CopyrightLine)),
        Theme("footer partial with a leading-space JAVASCRIPT:", s => s.Edit(Footer, CopyrightLine, "<a href=\"  JAVASCRIPT:void(0)\">x</a>" + CopyrightLine)),
        Theme("story layout with vbscript:", s => s.Edit("theme/layouts/story.liquid", "<div class=\"prose\">", "<div class=\"prose\"><a href=\"vbscript:msgbox(1)\">x</a>")),

        // Data that a template turns into a link.
        new(4, "site.yml nav entry javascript:", s => s.Edit(Settings, "  - { title: Stories, url: /stories/ }", "  - { title: Stories, url: /stories/ }\n  - { title: Trick, url: \"javascript:alert(1)\" }"), Fails()),
        new(4, "site.yml base_url javascript:", s => s.Edit(Settings, "base_url: https://stories.test.example", "base_url: \"javascript:alert(1)//\""), Fails(ErrorAt(Settings))),
        new(4, "alert url javascript:", s => s.Write("input/alerts/car-park.yml", Documents.Alert.Replace("url: /about/", "url: \"javascript:alert(1)\"", StringComparison.Ordinal)), Fails()),
        new(4, "story image src javascript:", s => s.Edit(Maria, "tags: [recovery]\n", "tags: [recovery]\nimage: { src: \"javascript:alert(1)\", alt: A garden }\n"), Fails(ErrorAt(Maria))),
        new(4, "story redirect_from javascript:", s => s.Edit(Maria, "tags: [recovery]\n", "tags: [recovery]\nredirect_from: [\"javascript:alert(1)\"]\n"), Fails(Error("SG2052", Maria))),
    ];

    private static HostileCase Refused(string title, string body, int line = Text) =>
        new(4, title, s => s.WriteMariaBody(body + "\n"), Fails(Error("SG3013", Maria, line)));

    private static HostileCase Theme(string title, Action<HostileSite> arrange) => new(4, title, arrange, Fails(ErrorAnywhere("SG3013")));
}
