using CsCheck;
using Site.Engine.Diagnostics;
using Site.Validation.Links;
using Xunit;

namespace Site.Fuzz.Tests;

/// <summary>
/// <see cref="TargetResolver"/> and <see cref="ReferenceCheck"/> (how the link checker resolves an href against a
/// page and its base href, and classifies it): never throw, are deterministic, and a failure is reported at the
/// reference, naming it as written.
/// </summary>
public sealed class LinkResolutionFuzz
{
    private const string SiteUrl = "https://stories.riversidehealth.example";

    private static readonly SiteIndex Index = new(
        new HashSet<string>(StringComparer.Ordinal) { "index.html", "stories/index.html", "stories/maria/index.html", "assets/site.css", "media/a b.jpg", "404.html", "\u00E9/index.html" },
        new Dictionary<string, PageScan>(StringComparer.Ordinal)
        {
            ["index.html"] = new("index.html", new HashSet<string>(StringComparer.Ordinal) { "top", "main", "\u00E9", "a b" }, [], null, [], []),
            ["stories/maria/index.html"] = new("stories/maria/index.html", new HashSet<string>(StringComparer.Ordinal) { "the-walk" }, [], null, [], []),
        });

    private static readonly Gen<string> Scheme = Gen.OneOf(
        "", "", "", "http:", "https:", "HTTPS:", "http:/", "https:///", "mailto:", "MAILTO:", "tel:", "javascript:", "data:", "blob:", "about:", "file:", "ftp:", "a+b-c.d:", "1http:", "h\u0000ttp:", " https:", "//", "///", "\\\\", "/\\");

    private static readonly Gen<string> Authority = Gen.OneOf(
        "", "stories.riversidehealth.example", "STORIES.riversidehealth.example", "stories.riversidehealth.example:443", "stories.riversidehealth.example:99999", "example.org", "user:pw@example.org",
        "a;b@example.org", "[::1]", "[::1", "[fe80::1%25eth0]", "xn--nxasmq6b.example", "\u00E4.example", "\u0000", "%41.example", "127.0.0.1:0", "stories.riversidehealth.example.", "@", ":");

    private static readonly Gen<string> Segment = Gen.Frequency(
        (4, Gen.OneOf("", ".", "..", "...", "%2e", "%2e%2e", ".%2E", "%2F", "%2f..%2f", "%", "%%", "%zz", "%C3%A9", "%C3", "%00", "%0A", "%FF", "index.html", "stories", "maria", "assets", "site.css", "a b", "a%20b", "\\", "~", "&", ";", "@", ":", "\u00E9", "e\u0301", "\uD800", "\u202E", "\t", "\r\n", "\0")),
        (2, Hostile.Word),
        (1, Hostile.AnyChars));

    private static readonly Gen<string> Path = Gen.Select(Gen.OneOf("", "/", "./", "../", "/../", "?", "#"), Segment.Array[0, 8], Gen.OneOf("", "/", "//"), (start, segments, end) => start + string.Join('/', segments) + end);

    private static readonly Gen<string> Query = Gen.OneOf("", "", "?", "?a=b", "?a=%zz", "??", "?#", "?a=/../..");

    private static readonly Gen<string> Fragment = Gen.OneOf("", "", "#", "#top", "#main", "#the-walk", "#%C3%A9", "#a%20b", "#%", "#%zz", "##", "#a#b", "#\u00E9", "#\0");

    /// <summary>URLs as editors and themes write them, from plain site paths to broken ones, plus hostile text.</summary>
    public static readonly Gen<string> Url = Gen.Frequency(
        (6, Gen.Select(Scheme, Authority, Path, Query, Fragment, (scheme, authority, path, query, fragment) =>
            scheme.EndsWith(':') && authority.Length > 0 ? scheme + "//" + authority + path + query + fragment : scheme + path + query + fragment)),
        (2, Gen.OneOf(
            "mailto:maria@example.org", "mailto:", "mailto:a@b", "mailto:a@b.c,d@e.f?subject=x", "mailto:%", "mailto:%zz@x.org", "mailto:,,", "tel:+1-555-010-0100", "tel:", "tel:%",
            "tel:+", "tel:1;ext=2", "#", "", " ", "\t", "?", "//", "///", "http://", "https:", "javascript:alert(1)", "data:text/html,x", "//\u202E", "\\\\\u202E", "/\\\u202E", "https://\u202E", "///\u202E/a")),
        (1, Hostile.Text(Gen.OneOf(":", "/", "//", "..", "%", "#", "?", "@", "[", "]"), maxPieces: 12)));

    /// <summary>Pages as the checker finds them: files below the site folder.</summary>
    private static readonly Gen<string> PagePath = Gen.OneOf("index.html", "stories/maria/index.html", "stories/index.html", "a/b/c/d/e/page.html", "404.html", "\u00E9/index.html", "a b/index.html", "x.htm");

    private static readonly Gen<string?> BaseHref = Gen.Frequency((4, Gen.Const((string?)null)), (1, Gen.OneOf<string?>("", "/", "/stories/", "stories/", "../", "https://stories.riversidehealth.example/stories/", "https://example.org/x/", "//example.org/", "#x", "javascript:x", "mailto:a@b.c")), (1, Url.Select(u => (string?)u)));

    private static readonly Gen<string?> SiteUrlGen = Gen.OneOf<string?>(SiteUrl, SiteUrl, SiteUrl + "/", SiteUrl + "/sub/", null, "not a url", "https://", "http://[::1]:8080/");

    public static readonly Gen<(string Page, string? BaseHref, string Target, string? SiteUrl)> Input = Gen.Select(PagePath, BaseHref, Url, SiteUrlGen);

    [Fact]
    public void Fuzz() => Fuzzer.Run(nameof(LinkResolutionFuzz), Input, input => Check(input.Page, input.BaseHref, input.Target, input.SiteUrl),
        input => $"Check({Fuzzer.Literal(input.Page)}, {Fuzzer.Literal(input.BaseHref)}, {Fuzzer.Literal(input.Target)}, {Fuzzer.Literal(input.SiteUrl)})", iterations: 5000);

    /// <summary>Uri.TryCreate(base, two backslashes and a right-to-left override) throws in .NET; fixed in TargetResolver (such a link is skipped).</summary>
    [Fact]
    public void Found_05d4b047() => Check("stories/index.html", "https://example.org/x/", "\\\\\u202E", "https://stories.riversidehealth.example");

    internal static void Check(string page, string? baseHref, string target, string? siteUrl)
    {
        var resolved = TargetResolver.Resolve(page, baseHref, target, siteUrl);
        Assert.Equal(resolved, TargetResolver.Resolve(page, baseHref, target, siteUrl));
        if (resolved is Resolved.Internal { Path: var path })
        {
            Assert.False(path.StartsWith('/') && !(target + baseHref).Contains('%', StringComparison.Ordinal), $"an internal path is relative to the site folder: '{path}'");
        }

        var location = new SourceLocation("output/" + (page.Length == 0 ? "index.html" : page), 3, 7);
        var reference = new Reference(ReferenceKind.Link, target, location);
        var scan = new PageScan(page, new HashSet<string>(StringComparer.Ordinal), [reference], baseHref, [], []);
        var failure = ReferenceCheck.Check(reference, scan, Index, siteUrl, out var external);
        var failureAgain = ReferenceCheck.Check(reference, scan, Index, siteUrl, out var externalAgain);
        Assert.Equal(failure, failureAgain);
        Assert.Equal(external, externalAgain);

        if (failure is not null)
        {
            Assert.Equal(location, failure.Diagnostic.Location);
            Assert.Equal(target, failure.Target);
            Assert.True(failure.Diagnostic.IsError);
            Assert.Null(external);
        }
    }
}
