using System.Collections.Immutable;
using CsCheck;
using Site.Build.Netlify;
using Site.Content.Compliance;
using Site.Content.FrontMatter;
using Site.Content.Model;
using Site.Content.Sources;
using Site.Content.Takedown;
using Site.Content.Views;
using Site.Engine.Diagnostics;
using Site.Engine.Documents;
using Site.Engine.Pipelines;
using Xunit;

namespace Site.Fuzz.Tests;

/// <summary>
/// <see cref="GenerateRedirects"/> on published stories with hostile <c>redirect_from</c> values, live pages, and
/// withdrawn stories with hostile old URLs and authorization ids (which its comment lines quote): never throws, is
/// deterministic, and writes only comment lines and rules of exactly three fields ("from to 301" or
/// "from /410.html 410!"), so that no value can add a line or a field of its own.
/// </summary>
public sealed class RedirectsFuzz
{
    private static readonly StoryFrontMatter Story = BindStory();

    private static readonly Gen<string> Slug = Gen.OneOf("maria", "maria-walks-again", "tomas", "a", "x-1", "old");

    private static readonly Gen<string> SitePath = Gen.Frequency(
        (4, Gen.Select(Gen.OneOf("/stories/", "/", "/tags/", "/maria/", "//", "/stories//"), Slug, Gen.OneOf("/", "", "//"), (prefix, slug, end) => prefix + slug + end)),
        (2, Gen.OneOf("/", "/stories/maria/", "/stories/maria", "/about/", "stories/old/", "", " ", "/a b/", "/a\tb", "/a\nb", "/a\r\nb", "/x\n/evil /ok 200", "/a\u2028b", "/a\u0085b",
            "/a\u00A0b", "/a\0b", "/a\u001Bb", "/a#b", "/a  /b  301", "/*", "/:splat", "/a?b=c", "/%0A", "/\u00E9", "/\uD800")),
        (1, Hostile.Text(Gen.OneOf("/", "//", "#", " ", "\n", "\r", "301", "410!", "*", ":splat"), maxPieces: 10).Select(text => "/" + text)));

    private static readonly Gen<string> AuthorizationId = Gen.Frequency(
        (3, Gen.OneOf("AUTH-2026-0100", "A", "", "AUTH\n/evil /ok 200", "AUTH\r\n# x", "AUTH\r/x /y 301", "AUTH\u2028/x", "AUTH\u0085/x", "AUTH\0", "AUTH  /x  301", "#")),
        (1, Hostile.Text(Gen.OneOf("/", " ", "\n", "\r", "#", "410!"), maxPieces: 10)));

    private static readonly Gen<(string Slug, string[] RedirectFrom)> Published = Gen.Select(Slug, SitePath.Array[0, 4]);

    private static readonly Gen<(string Slug, string[] OldUrls, string AuthorizationId, bool Revoked)> Withdrawn = Gen.Select(Slug, SitePath.Array[0, 4], AuthorizationId, Gen.Bool);

    public static readonly Gen<((string Slug, string[] RedirectFrom)[] Published, string[] Pages, (string Slug, string[] OldUrls, string AuthorizationId, bool Revoked)[] Withdrawn)> Input =
        Gen.Select(Published.Array[0, 4], SitePath.Array[0, 4], Withdrawn.Array[0, 3]);

    [Fact]
    public void Fuzz() => Fuzzer.Run(nameof(RedirectsFuzz), Input, input => Check(input.Published, input.Pages, input.Withdrawn), Print, iterations: 3000);

    /// <summary>An old URL "//" normalized to an empty path: a rule of two fields; fixed in GenerateRedirects ("//" is not a site path).</summary>
    [Fact]
    public void Found_a8d7e753() => Check(
        [],
        ["/"],
        [("tomas", [], "AUTH\0", false), ("a", ["/stories/maria/"], "AUTH\u0085/x", false), ("maria-walks-again", ["/maria/a/", "//", "/about/"], "AUTH\n/evil /ok 200", true)]);

    [Fact]
    public void Found_a8d7e753_published() => Check([("maria", ["//"])], [], []);

    /// <summary>A CR in an authorization id ended the comment line that quotes it; fixed in GenerateRedirects.</summary>
    [Fact]
    public void Found_7f66d6a2() => Check(
        [],
        [],
        [("tomas", [], "\u202E\r ZoElvAGy09x\uD83D\uDE00sY58iDuDWPT\u202E", false)]);

    internal static void Check((string Slug, string[] RedirectFrom)[] published, string[] pages, (string Slug, string[] OldUrls, string AuthorizationId, bool Revoked)[] withdrawn)
    {
        var (text, diagnostics) = Generate(published, pages, withdrawn);
        var (again, diagnosticsAgain) = Generate(published, pages, withdrawn);
        Assert.Equal(text, again);
        Assert.Equal(diagnostics, diagnosticsAgain);

        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        foreach (var line in text[..^1].Split('\n'))
        {
            Assert.DoesNotContain('\r', line);
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.True(fields.Length == 3, $"a rule has {fields.Length} fields: {Fuzzer.Literal(line)}");
            Assert.StartsWith("/", fields[0], StringComparison.Ordinal);
            Assert.True((fields[1], fields[2]) is (GenerateRedirects.GonePage, "410!") || (fields[1].StartsWith("/stories/", StringComparison.Ordinal) && fields[2] == "301"), $"not a rule the writer makes: {Fuzzer.Literal(line)}");
            Assert.False(line.Any(c => char.IsWhiteSpace(c) && c != ' '), $"a rule holds white space other than the spaces between fields: {Fuzzer.Literal(line)}");
        }

        foreach (var diagnostic in diagnostics)
        {
            Assert.StartsWith("input/stories/", diagnostic.Location.Path, StringComparison.Ordinal);
        }
    }

    public static (string Text, IReadOnlyList<Diagnostic> Diagnostics) Generate((string Slug, string[] RedirectFrom)[] published, string[] pages, (string Slug, string[] OldUrls, string AuthorizationId, bool Revoked)[] withdrawn)
    {
        var content = published.Select((story, i) =>
        {
            var source = $"input/stories/{story.Slug}-{i}.md";
            var locations = new FieldLocations(
                new SourceLocation(source),
                story.RedirectFrom.Select((_, j) => ($"redirect_from[{j}]", new SourceLocation(source, 10, 3 + (j * 10)))).ToDictionary(p => p.Item1, p => p.Item2));
            var url = ContentKinds.Of(ContentKind.Story).UrlFor(story.Slug);
            return new Document("story:" + source) { SourcePath = source }
                .With(new ParsedContent(ContentKind.Story, Story with { RedirectFrom = story.RedirectFrom }, locations, string.Empty, 20, story.Slug, url, string.Empty));
        }).ToImmutableArray();
        var pageDocuments = pages.Select((url, i) => new Document($"page:{i}").With(new PageLayout("page", new PageView
        {
            Kind = "page",
            Title = "Page",
            Summary = string.Empty,
            Url = url,
            CanonicalUrl = url,
            Lang = "en",
        }))).ToImmutableArray();
        var withdrawals = withdrawn.Select((story, i) =>
        {
            var consent = Story.Consent with { AuthorizationId = story.AuthorizationId, Status = story.Revoked ? ConsentStatus.Revoked : ConsentStatus.Signed, RevokedOn = story.Revoked ? new DateOnly(2026, 5, 1) : null, Expires = new DateOnly(2026, 4, 1) };
            var reason = CheckCompliance.Decide(consent, new DateOnly(2026, 6, 1)).Reason;
            return new Withdrawal($"input/stories/{story.Slug}-w{i}.md", "Withdrawn", ContentKinds.Of(ContentKind.Story).UrlFor(story.Slug), story.OldUrls, [], reason);
        }).ToList();

        var bag = new DiagnosticBag();
        var context = PipelineContext.ForTesting(bag, dependencies: new Dictionary<string, ImmutableArray<Document>>(StringComparer.Ordinal)
        {
            ["stories"] = content,
            ["content"] = content,
            ["pages"] = pageDocuments,
            ["withdrawals"] = [new Document(CollectWithdrawals.Id).With(new Withdrawals(withdrawals))],
        });
        var output = new GenerateRedirects(new DateOnly(2026, 6, 1), ["stories"], "withdrawals", "content", ["pages"]).ExecuteAsync([], context).AsTask().GetAwaiter().GetResult();
        var document = Assert.Single(output);
        return (((TextContent)document.Content!).Text, bag.ToList());
    }

    private static string Print(((string Slug, string[] RedirectFrom)[] Published, string[] Pages, (string Slug, string[] OldUrls, string AuthorizationId, bool Revoked)[] Withdrawn) input) =>
        "Check(\n    [" + string.Join(", ", input.Published.Select(p => $"({Fuzzer.Literal(p.Slug)}, {Fuzzer.Literal(p.RedirectFrom)})")) + "],\n    "
        + Fuzzer.Literal(input.Pages) + ",\n    ["
        + string.Join(", ", input.Withdrawn.Select(w => $"({Fuzzer.Literal(w.Slug)}, {Fuzzer.Literal(w.OldUrls)}, {Fuzzer.Literal(w.AuthorizationId)}, {(w.Revoked ? "true" : "false")})")) + "])";

    private static StoryFrontMatter BindStory()
    {
        var bag = new DiagnosticBag();
        var yaml = string.Join('\n', YamlBinderFuzz.Templates.Single(t => t.Kind == "story").Lines) + "\n";
        var mapping = YamlLoader.LoadMapping(yaml, "input/stories/template.md", 2, bag)!;
        return StrictBinder.Bind<StoryFrontMatter>(mapping, "input/stories/template.md", 2, bag)!.Value;
    }
}
