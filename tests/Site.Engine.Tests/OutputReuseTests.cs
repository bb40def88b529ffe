using Site.Engine.Documents;
using Site.Engine.Output;
using Site.Testing;
using Xunit;

namespace Site.Engine.Tests;

/// <summary>
/// Writing a new site beside the previous one: a file whose bytes are the previous file's is a hard link to it (the
/// same inode and time, not written again), any other file is written; the previous folder is never written to.
/// </summary>
public sealed class OutputReuseTests
{
    [Fact]
    public void A_file_with_the_same_bytes_is_linked_and_the_others_are_written()
    {
        using var temp = new TempDirectory();
        var source = temp.Write("in/logo.svg", "<svg/>");
        var first = OutputFolder.Unlocked(temp.Combine("output"));
        OutputWriter.Write([Text("same.html", "same"), Text("a/changed.html", "before"), Text("longer.html", "short"), File("logo.svg", source)], first.StagingPath, 2, CancellationToken.None);
        first.Commit();
        var before = Inodes(temp.Combine("output"));

        var second = OutputFolder.Unlocked(temp.Combine("output"));
        var linked = OutputWriter.Write([Text("same.html", "same"), Text("a/changed.html", "after!"), Text("longer.html", "longer"), File("logo.svg", source), Text("new.html", "new")], second.StagingPath, temp.Combine("output"), 2, CancellationToken.None);

        Assert.Equal(2, linked);
        var staged = Inodes(second.StagingPath);
        Assert.Equal(before["same.html"], staged["same.html"]);
        Assert.Equal(before["logo.svg"], staged["logo.svg"]);
        Assert.NotEqual(before["a/changed.html"], staged["a/changed.html"]);
        Assert.NotEqual(before["longer.html"], staged["longer.html"]);

        // Until the swap, the previous output is exactly as it was.
        Assert.Equal(before, Inodes(temp.Combine("output")));
        Assert.Equal("before", System.IO.File.ReadAllText(temp.Combine("output", "a", "changed.html")));
        second.Commit();
        Assert.Equal("after!", System.IO.File.ReadAllText(temp.Combine("output", "a", "changed.html")));
        Assert.Equal("same", System.IO.File.ReadAllText(temp.Combine("output", "same.html")));
        Assert.Equal(before["same.html"], Inodes(temp.Combine("output"))["same.html"]);
    }

    [Fact]
    public void A_failure_while_writing_beside_the_previous_output_leaves_it_as_it_was()
    {
        using var temp = new TempDirectory();
        var first = OutputFolder.Unlocked(temp.Combine("output"));
        OutputWriter.Write([Text("same.html", "same"), Text("other.html", "other")], first.StagingPath, 2, CancellationToken.None);
        first.Commit();
        var before = Inodes(temp.Combine("output"));

        var second = OutputFolder.Unlocked(temp.Combine("output"));
        var missing = new Document("gone") { OutputPath = "gone.svg", Content = DocumentContent.FromFile(temp.Combine("in", "missing.svg")) };
        Assert.Throws<OutputWriteException>(() => OutputWriter.Write([Text("same.html", "same"), Text("other.html", "changed"), missing], second.StagingPath, temp.Combine("output"), 2, CancellationToken.None));
        second.Discard();

        Assert.Equal(before, Inodes(temp.Combine("output")));
        Assert.Equal("other", System.IO.File.ReadAllText(temp.Combine("output", "other.html")));
    }

    [Fact]
    public void Files_another_program_wrote_are_replaced_by_links_when_unchanged()
    {
        using var temp = new TempDirectory();
        temp.Write("output/pagefind/index.bin", "index");
        temp.Write("output/pagefind/old.bin", "old");
        temp.Write("staging/pagefind/index.bin", "index");
        temp.Write("staging/pagefind/old.bin", "new");
        var before = Inodes(temp.Combine("output"));

        var kept = OutputWriter.KeepUnchanged(temp.Combine("staging", "pagefind"), temp.Combine("output", "pagefind"));

        Assert.Equal(1, kept);
        var staged = Inodes(temp.Combine("staging"));
        Assert.Equal(before["pagefind/index.bin"], staged["pagefind/index.bin"]);
        Assert.NotEqual(before["pagefind/old.bin"], staged["pagefind/old.bin"]);
        Assert.Equal(["pagefind/index.bin", "pagefind/old.bin"], staged.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_file_of_the_cache_is_shared_and_a_file_of_the_input_is_copied()
    {
        using var temp = new TempDirectory();
        var cached = temp.Write("cache/share/abc.png", "card");
        var input = temp.Write("input/media/photo.jpg", "photo");
        var folder = OutputFolder.Unlocked(temp.Combine("output"));

        OutputWriter.Write(
            [
                new Document("card") { OutputPath = "share/card.png", Content = DocumentContent.FromCacheFile(cached) },
                File("media/photo.jpg", input),
            ],
            folder.StagingPath,
            2,
            CancellationToken.None);
        folder.Commit();

        var written = Inodes(temp.Combine("output"));
        Assert.Equal(Inodes(temp.Combine("cache"))["share/abc.png"], written["share/card.png"]);
        Assert.NotEqual(Inodes(temp.Combine("input"))["media/photo.jpg"].Inode, written["media/photo.jpg"].Inode);
        Assert.Equal("photo", System.IO.File.ReadAllText(temp.Combine("output/media/photo.jpg")));
    }

    private static Document Text(string path, string text) => new(path) { OutputPath = path, Content = DocumentContent.FromText(text) };

    private static Document File(string path, string source) => new(path) { OutputPath = path, Content = DocumentContent.FromFile(source) };

    private static IReadOnlyDictionary<string, (string Inode, string Time)> Inodes(string folder) => FolderSnapshot.Identities(folder);
}
