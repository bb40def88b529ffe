using Site.Content.Model;
using Site.Content.Sources;
using Site.Engine.Diagnostics;
using Site.Engine.Documents;
using Site.Engine.Files;
using Site.Engine.Pipelines;
using Site.Testing;
using Xunit;

namespace Site.Content.Tests;

/// <summary>Runs every example of Specs/front-matter.md through <see cref="ParseContent"/> and compares the diagnostics exactly.</summary>
public sealed class FrontMatterSpecTests
{
    public static TheoryData<SpecExample> Examples()
    {
        var data = new TheoryData<SpecExample>();
        foreach (var example in SpecExample.Load(Path.Combine(AppContext.BaseDirectory, "Specs", "front-matter.md")))
        {
            data.Add(example);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example(SpecExample example)
    {
        var (actual, parsed) = Run(example);
        Assert.True(example.Expected == actual, $"Specs/front-matter.md line {example.Line} ({example.Name})\nexpected:\n{example.Expected}\nactual:\n{actual}");
        Assert.Equal(example.Expected.Length == 0, parsed);
    }

    /// <summary>With SITE_UPDATE_GOLDEN=1, rewrites the expect blocks of the spec in the source tree from what the code does now.</summary>
    [Fact]
    public void Spec_can_be_updated_on_purpose()
    {
        var source = Repository.PathTo("tests", "Site.Content.Tests", "Specs", "front-matter.md");
        var examples = SpecExample.Load(source);
        Assert.NotEmpty(examples);
        if (!GoldenFiles.Updating)
        {
            return;
        }

        var lines = File.ReadAllLines(source).ToList();
        var index = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!lines[i].StartsWith("~~~~ expect", StringComparison.Ordinal))
            {
                continue;
            }

            var end = lines.IndexOf("~~~~", i + 1);
            var actual = Run(examples[index++]).Actual;
            lines.RemoveRange(i + 1, end - i - 1);
            lines.InsertRange(i + 1, actual.Length == 0 ? [] : actual.Split('\n'));
        }

        File.WriteAllText(source, string.Join('\n', lines) + "\n");
    }

    internal static (string Actual, bool Parsed) Run(SpecExample example)
    {
        var info = ContentKinds.ForNewWord(example.Kind) ?? ContentKinds.Of(ContentKind.Page);
        var (kind, folder) = (info.Kind, info.Folder);
        using var temp = new TempDirectory();
        var display = $"input/{folder}/example.md";
        var full = temp.Write(display, example.Input);
        var bag = new DiagnosticBag();
        var context = PipelineContext.ForTesting(bag);

        var output = new ParseContent(kind, new SourceReader()).Execute(new Document(display) { SourcePath = display }.With(new SourceFile(full)), context).ToList();

        // A file with an error goes on, marked, to the later checks; only a file without one is parsed.
        return (string.Join('\n', bag.ToSortedList().Select(d => d.ToString())), output is [var document] && !ContentFailed.Is(document));
    }
}
