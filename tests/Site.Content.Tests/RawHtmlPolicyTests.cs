using Site.Content.Markdown;
using Site.Engine.Diagnostics;
using Xunit;

namespace Site.Content.Tests;

/// <summary>
/// The raw HTML policy on two spec files: <c>raw-html.md</c>, written with the code (to tune on), and
/// <c>raw-html-holdout.md</c>, written apart from it by someone who saw only the rules in the README (to report).
/// </summary>
public sealed class RawHtmlPolicyTests
{
    private static readonly MarkdownRenderer Renderer = new();

    public static TheoryData<string> Tuning() => Names("raw-html.md");

    public static TheoryData<string> Holdout() => Names("raw-html-holdout.md");

    [Theory]
    [MemberData(nameof(Tuning))]
    public void Tuning_case(string name) => Check(Load("raw-html.md").Single(c => c.Name == name));

    [Theory]
    [MemberData(nameof(Holdout))]
    public void Holdout_case(string name) => Check(Load("raw-html-holdout.md").Single(c => c.Name == name));

    [Fact]
    public void Both_sets_have_cases_with_unique_names()
    {
        foreach (var (file, least) in new[] { ("raw-html.md", 30), ("raw-html-holdout.md", 60) })
        {
            var cases = Load(file);
            Assert.True(cases.Count >= least, $"{file} has {cases.Count} cases");
            Assert.Equal(cases.Count, cases.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count());
        }
    }

    private static IReadOnlyList<RawHtmlCase> Load(string file) => RawHtmlCase.Load(Path.Combine(AppContext.BaseDirectory, "Specs", file));

    private static TheoryData<string> Names(string file)
    {
        var data = new TheoryData<string>();
        foreach (var example in Load(file))
        {
            data.Add(example.Name);
        }

        return data;
    }

    private static void Check(RawHtmlCase example)
    {
        var rendered = Renderer.Render(example.Markdown, firstLine: 1);
        var found = rendered.RawHtml
            .Select(f => (Severity: f.Severity == Severity.Error ? "error" : "warning", f.Code, f.Line, f.Message))
            .Concat(rendered.Refused.Select(r => (Severity: "error", Code: DiagnosticCodes.UrlSchemeRefused, r.Line, Message: r.Url)))
            .OrderBy(f => f.Line).ThenBy(f => f.Code, StringComparer.Ordinal)
            .ToList();
        var shown = string.Join("\n", found.Select(f => $"{f.Severity} {f.Code} at {f.Line}: {f.Message}")) + "\n---\n" + rendered.Html;
        if (example.NoDiagnostics || example.Diagnostics.Count > 0)
        {
            var expected = example.Diagnostics.Select(d => $"{d.Severity} {d.Code} at {d.Line}").Order(StringComparer.Ordinal).ToList();
            var actual = found.Select(f => $"{f.Severity} {f.Code} at {f.Line}").Order(StringComparer.Ordinal).ToList();
            Assert.True(expected.SequenceEqual(actual), $"expected:\n{string.Join("\n", expected)}\nfound:\n{shown}");
            foreach (var mention in example.Diagnostics.Where(d => d.Mentions is not null))
            {
                Assert.True(
                    found.Any(f => f.Code == mention.Code && f.Line == mention.Line && f.Message.Contains(mention.Mentions!, StringComparison.OrdinalIgnoreCase)),
                    $"no {mention.Code} at {mention.Line} mentions '{mention.Mentions}':\n{shown}");
            }
        }

        foreach (var text in example.Contains)
        {
            Assert.True(rendered.Html.Contains(text, StringComparison.Ordinal), $"the HTML lacks '{text}':\n{shown}");
        }

        foreach (var text in example.Lacks)
        {
            Assert.False(rendered.Html.Contains(text, StringComparison.OrdinalIgnoreCase), $"the HTML holds '{text}':\n{shown}");
        }
    }
}
