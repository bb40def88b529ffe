using System.Text;
using Site.Content.Model;
using Site.Testing;
using Xunit;

namespace Site.Build.Tests;

/// <summary>
/// Editors keep private notes in HTML comments (and YAML comments in front matter). None of them may reach any file of
/// the built site: the demo, with a note in every form added to every content file of every kind, is built and every
/// output file is searched for the notes. (The PHI guard still reads comments: the Markdown files live in the repository,
/// which is no place for PHI either.)
/// </summary>
public sealed class EditorCommentTests
{
    [Fact]
    public async Task No_editor_comment_reaches_any_output_file()
    {
        using var temp = new TempDirectory();
        temp.CopyIn(Repository.PathTo("input"), "site/input");
        var notes = new List<string>();
        var files = Directory.GetFiles(temp.Combine("site/input"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < files.Count; i++)
        {
            var (yaml, inline, block, inBlock) = ($"YAMLNOTE{i}X", $"INLINENOTE{i}X", $"BLOCKNOTE{i}X", $"INDIVNOTE{i}X");
            notes.AddRange([yaml, inline, block, inBlock]);
            var text = File.ReadAllText(files[i]);
            var body = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
            var frontMatter = text[..body].Replace("\ntitle:", $"\n# {yaml}: the patient prefers her middle name\ntitle:", StringComparison.Ordinal);
            var rest = text[(body + 5)..];
            File.WriteAllText(files[i], frontMatter + "\n---\n" + rest.TrimEnd() + $" <!-- {inline}: check the dose with Dr. Lee -->\n\n<!--\n{block}: ask compliance first\nabout the second photo\n-->\n\n<div>\n<!-- {inBlock} --><p>Questions? Call us.</p>\n</div>\n");
        }

        var result = await GoldenCaseTests.Build(temp.Combine("site"), temp.Combine("site/output"), DeployContext.Production);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.True(files.Count >= 12 && result.Written.Count > 40);
        foreach (var path in Directory.GetFiles(temp.Combine("site/output"), "*", SearchOption.AllDirectories))
        {
            var content = Encoding.UTF8.GetString(File.ReadAllBytes(path));
            foreach (var note in notes)
            {
                Assert.False(content.Contains(note, StringComparison.Ordinal), $"{Path.GetRelativePath(temp.Path, path)} holds the editor's note {note}");
            }

            Assert.DoesNotContain("check the dose with Dr. Lee", content, StringComparison.Ordinal);
        }

        // The notes' paragraph is there: the files were built, not skipped.
        Assert.Contains("Questions? Call us.", File.ReadAllText(temp.Combine("site/output/about/index.html")), StringComparison.Ordinal);
    }
}
