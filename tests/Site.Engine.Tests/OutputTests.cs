using Site.Engine.Diagnostics;
using Site.Engine.Documents;
using Site.Engine.Output;
using Site.Testing;
using Xunit;

namespace Site.Engine.Tests;

public sealed class OutputTests
{
    [Fact]
    public void Commit_replaces_the_output_folder_with_the_staging_folder()
    {
        using var temp = new TempDirectory();
        temp.Write("output/old.html", "old");
        var folder = OutputFolder.Unlocked(temp.Combine("output"));

        OutputWriter.Write([Text("new/index.html", "new")], folder.StagingPath, 2, CancellationToken.None);
        folder.Commit();

        Assert.Equal(["new/index.html"], FolderSnapshot.Take(temp.Combine("output")).Keys);
        Assert.Single(Directory.GetDirectories(temp.Path));
    }

    [Fact]
    public void Discard_leaves_the_previous_output_untouched()
    {
        using var temp = new TempDirectory();
        temp.Write("output/keep.html", "keep");
        var before = FolderSnapshot.Take(temp.Combine("output"));
        var folder = OutputFolder.Unlocked(temp.Combine("output"));

        OutputWriter.Write([Text("other.html", "x")], folder.StagingPath, 2, CancellationToken.None);
        folder.Discard();

        Assert.Equal(before, FolderSnapshot.Take(temp.Combine("output")));
        Assert.False(Directory.Exists(folder.StagingPath));
    }

    [Fact]
    public void Text_is_written_as_utf8_without_a_byte_order_mark_and_files_are_copied()
    {
        using var temp = new TempDirectory();
        var source = temp.Write("in/logo.svg", "<svg/>");
        OutputWriter.Write([Text("a/index.html", "Zoë"), new Document("logo") { OutputPath = "assets/logo.svg", Content = DocumentContent.FromFile(source) }], temp.Combine("out"), 2, CancellationToken.None);

        Assert.Equal("Zoë"u8.ToArray(), File.ReadAllBytes(temp.Combine("out", "a", "index.html")));
        Assert.Equal("<svg/>", File.ReadAllText(temp.Combine("out", "assets", "logo.svg")));
    }

    [Fact]
    public void Two_documents_writing_one_path_and_paths_leaving_the_folder_are_errors()
    {
        var bag = new DiagnosticBag();
        var valid = OutputWriter.Validate([Text("a.html", "1") with { SourcePath = "input/x.md" }, Text("a.html", "2") with { SourcePath = "input/y.md" }, Text("../escape.html", "3")], bag);

        Assert.False(valid);
        var messages = bag.ToSortedList().Select(d => d.Code).Order().ToList();
        Assert.Equal([DiagnosticCodes.DuplicateOutputPath, DiagnosticCodes.InvalidOutputPath], messages);
        Assert.Contains(bag.ToSortedList(), d => d.Message.Contains("input/x.md", StringComparison.Ordinal) && d.Message.Contains("input/y.md", StringComparison.Ordinal));
    }

    private static Document Text(string path, string text) => new(path) { OutputPath = path, Content = DocumentContent.FromText(text) };
}
