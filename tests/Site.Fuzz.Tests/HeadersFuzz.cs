using System.Collections.Immutable;
using CsCheck;
using Site.Build.Netlify;
using Site.Content.Builds;
using Site.Content.Comments;
using Site.Content.FrontMatter;
using Site.Content.Model;
using Site.Content.Views;
using Site.Engine.Diagnostics;
using Site.Engine.Documents;
using Site.Engine.Pipelines;
using Xunit;

namespace Site.Fuzz.Tests;

/// <summary>
/// <see cref="GenerateHeaders"/> with comment settings that passed their provider's check (as site.yml's loader
/// requires), for every deploy context: never throws, is deterministic, writes only path lines and
/// "  Name: value" lines, no value holds CR or LF, and the Content-Security-Policy keeps its eleven directives
/// (a ';' from the comment server's address would add one).
/// </summary>
public sealed class HeadersFuzz
{
    private static readonly string[] Directives =
        ["default-src", "script-src", "style-src", "img-src", "font-src", "connect-src", "frame-src", "object-src", "base-uri", "form-action", "frame-ancestors"];

    private static readonly Gen<string> Server = Gen.Frequency(
        (3, Gen.OneOf(
            "https://comments.riversidehealth.example", "https://comments.example.org/", "http://localhost:8360", "https://a.org:8080/path?q=1#f", "HTTPS://A.ORG", "https://[::1]:8443",
            "https://user:pw@a.org", "https://a;script-src *@a.org", "https://a;b@a.org", "https://a%3Bb@a.org", "https://a.org/\r\nX-Evil: 1", "https://a.org\n", "https://a.org%0A",
            "https://ex ample.org", "https://a.org\t", "https://\u00E4.example", "https://xn--4ca.example", "https://a.org:0", "https://a.org:65535", "https://a.org:65536", "https://a.org.",
            "https://'self'", "https://a.org'", "https://a.org\"", "https://a,b.org", "https://a.org;", "http://[fe80::1%25eth0]", "https://1.2.3.4", "https://0x7f.1", "https:a.org",
            "https:/a.org", "https:///a.org", "//a.org", "ftp://a.org", "javascript:alert(1)", "", " ", "https://a.org\u2028", "https://a.org\u0085", "https://\u202Ea.org")),
        (2, LinkResolutionFuzz.Url));

    public static readonly Gen<(CommentProviderKind Provider, string? Server, DeployContext Context)> Input = Gen.Select(
        Gen.Frequency((4, Gen.Const(CommentProviderKind.Waline)), (1, Gen.Enum<CommentProviderKind>())),
        Gen.Frequency((8, Server.Select(s => (string?)s)), (1, Gen.Const((string?)null))),
        Gen.Enum<DeployContext>());

    [Fact]
    public void Fuzz() => Fuzzer.Run(nameof(HeadersFuzz), Input, input => Check(input.Provider, input.Server, input.Context, tolerateKnown: true),
        input => $"Check(CommentProviderKind.{input.Provider}, {Fuzzer.Literal(input.Server)}, DeployContext.{input.Context})", iterations: 3000);

    [Fact]
    public void Found_d01d088c() => Check(CommentProviderKind.Waline, "///\u202E/aBGq5+>/DuVhdBo2/.../?a=%zz#a%20b", DeployContext.DeployPreview);

    [Fact]
    public void Found_d01d088c_minimized() => Check(CommentProviderKind.Waline, "//\u202E", DeployContext.Production);

    [Fact]
    public void Found_d12940c4() => Check(CommentProviderKind.Waline, "https://a.org\u2028", DeployContext.Production);

    [Fact]
    public void Found_non_ascii_host_is_not_punycode() => Check(CommentProviderKind.Waline, "https://\u00E4.example", DeployContext.Production);

    [Fact]
    public void Found_user_info_adds_a_directive() => Check(CommentProviderKind.Waline, "https://a;b@a.org", DeployContext.Production);

    [Fact]
    public void Without_comments_the_policy_has_every_directive() => CheckPolicy(GenerateHeaders.ContentSecurityPolicy(null));

    // tolerateKnown lets the known problems pass (see Known), so that the fuzzer looks for new ones; regression tests leave it false.
    /// <summary>A server address whose host IDN refuses (a lone surrogate) passed validation, then threw writing the policy.</summary>
    [Fact]
    public void Found_b43ee2e6() => Check(CommentProviderKind.Waline, "https://example.org\uD800/.../%2e/;#a#b", DeployContext.Dev);

    internal static void Check(CommentProviderKind provider, string? server, DeployContext deployContext, bool tolerateKnown = false)
    {
        var comments = new CommentSettings(provider, server, provider == CommentProviderKind.Giscus ? new GiscusOptions("o/r", "R_1", "General", "DIC_1") : null, provider == CommentProviderKind.Hyvor ? new HyvorOptions(42) : null);
        var bag = new DiagnosticBag();
        var locations = new FieldLocations(new SourceLocation("input/site.yml"), new Dictionary<string, SourceLocation>(StringComparer.Ordinal));
        bool valid;
        try
        {
            valid = CommentProviders.For(provider).Validate(comments, locations, bag);
        }
        catch (IndexOutOfRangeException exception) when (tolerateKnown && exception.StackTrace?.Contains("System.Uri.", StringComparison.Ordinal) == true)
        {
            // Known, fix pending elsewhere: Uri.TryCreate throws for some addresses (Found_d01d088c).
            return;
        }

        if (!valid)
        {
            // site.yml's loader stops here: the build has an error and writes no _headers.
            Assert.Contains(bag.ToList(), d => d.IsError);
            return;
        }

        var text = Generate(comments, deployContext);
        Assert.Equal(text, Generate(comments, deployContext));

        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        var policies = 0;
        foreach (var line in text[..^1].Split('\n'))
        {
            Assert.DoesNotContain('\r', line);
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith('/'))
            {
                continue;
            }

            Assert.StartsWith("  ", line, StringComparison.Ordinal);
            var colon = line.IndexOf(": ", StringComparison.Ordinal);
            Assert.True(colon > 2, $"not a header line: {Fuzzer.Literal(line)}");
            var name = line[2..colon];
            Assert.True(name.All(c => char.IsAsciiLetter(c) || c == '-'), $"not a header name: {Fuzzer.Literal(name)}");
            var value = line[(colon + 2)..];
            Assert.False(value.Any(c => c is '\r' or '\n'), $"the value of {name} holds a line break: {Fuzzer.Literal(value)}");
            if (tolerateKnown && Known(provider, server))
            {
                policies += name == "Content-Security-Policy" ? 1 : 0;
                continue;
            }

            Assert.False(value.Any(c => c is < ' ' or > '~'), $"the value of {name} is not printable ASCII: {Fuzzer.Literal(value)}");
            if (name == "Content-Security-Policy")
            {
                policies++;
                CheckPolicy(value);
            }
        }

        // One policy for every page (/*), and one each for the pages that need another (the search page and
        // Pagefind's files; a page with a hosted video), each checked above.
        Assert.Equal(text.Split('\n').Count(l => l.StartsWith('/') && (l.Trim() == "/*" || l.StartsWith("/search/", StringComparison.Ordinal) || l.StartsWith("/pagefind/", StringComparison.Ordinal))), policies);
    }

    /// <summary>
    /// Known, fix pending elsewhere: the Waline origin in connect-src is the server address's scheme and authority as
    /// written, so user info (which may hold ';') and a non-ASCII host reach the policy
    /// (see <see cref="Found_user_info_adds_a_directive"/> and <see cref="Found_non_ascii_host_is_not_punycode"/>).
    /// </summary>
    private static bool Known(CommentProviderKind provider, string? server) =>
        provider == CommentProviderKind.Waline && Uri.TryCreate(server, UriKind.Absolute, out var uri) && (uri.UserInfo.Length > 0 || !uri.Host.All(char.IsAscii));

    private static void CheckPolicy(string policy)
    {
        var directives = policy.Split(';').Select(d => d.Trim()).ToArray();
        Assert.True(directives.Length == Directives.Length, $"the policy has {directives.Length} directives: {Fuzzer.Literal(policy)}");
        for (var i = 0; i < Directives.Length; i++)
        {
            Assert.True(directives[i] == Directives[i] || directives[i].StartsWith(Directives[i] + " ", StringComparison.Ordinal), $"directive {i} is not {Directives[i]}: {Fuzzer.Literal(directives[i])}");
        }

        Assert.False(policy.Any(c => char.IsControl(c) || (char.IsWhiteSpace(c) && c != ' ')), $"the policy holds a control character or a line break: {Fuzzer.Literal(policy)}");
    }

    private static string Generate(CommentSettings comments, DeployContext deployContext)
    {
        var settings = new SiteSettings("Site", "Stories.", "https://stories.riversidehealth.example", "en", "America/Chicago",
            new Organization("Riverside Health", "1400 Riverbend Avenue", "+1-555-010-0100", ["riversidehealth.example"], []), [new ServiceLine("cardiology", "Heart", "Hearts.")], [], Comments: comments);
        var site = new SiteView("Site", "Stories.", settings.BaseUrl, "en", "Riverside Health", "1400 Riverbend Avenue", "+1-555-010-0100", [], [], [], "/feed.xml", "/assets/v-fuzz", DeployContexts.Noindex(deployContext), 2026);
        var build = new BuildContext(settings, settings.BaseUrl, deployContext, new DateOnly(2026, 6, 1), false, "input", path => path, site);
        var output = new GenerateHeaders(build).ExecuteAsync([], PipelineContext.ForTesting(new DiagnosticBag())).AsTask().GetAwaiter().GetResult();
        var document = Assert.Single(output);
        return ((TextContent)document.Content!).Text;
    }
}
