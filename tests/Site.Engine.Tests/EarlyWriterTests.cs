using System.Collections.Concurrent;
using Site.Engine.Diagnostics;
using Site.Engine.Documents;
using Site.Engine.Output;
using Site.Engine.Pipelines;
using Site.Testing;
using Xunit;

namespace Site.Engine.Tests;

/// <summary>
/// A build writes each published page as soon as it is final (<see cref="EarlyWriter"/>, applied through
/// <see cref="EngineOptions.Finish"/>) and from then on reads it back instead of holding it; the final write does not
/// write it again, and what cannot be written early stays as it was for the final write to report.
/// </summary>
public sealed class EarlyWriterTests
{
    [Fact]
    public void A_page_written_early_is_read_back_and_not_written_again()
    {
        using var temp = new TempDirectory();
        var folder = OutputFolder.Unlocked(temp.Combine("output"));
        var writer = new EarlyWriter(folder.StagingPath, folder.FullPath);

        var page = writer.Write(Text("stories/a/index.html", "<p>caf\u00e9 \ud83d\ude00</p>"));

        var staged = Assert.IsType<TextContent>(page.Content);
        Assert.Equal(Path.Combine(folder.StagingPath, "stories", "a", "index.html"), staged.StagedFile);
        Assert.Equal("<p>caf\u00e9 \ud83d\ude00</p>", staged.Text);
        Assert.Equal(1, writer.Count);
        var before = FolderSnapshot.Identities(folder.StagingPath);

        OutputWriter.Write([page, Text("other.html", "other")], folder.StagingPath, folder.FullPath, 2, CancellationToken.None);

        var after = FolderSnapshot.Identities(folder.StagingPath);
        Assert.Equal(before["stories/a/index.html"], after["stories/a/index.html"]);
        Assert.Equal("other", File.ReadAllText(Path.Combine(folder.StagingPath, "other.html")));
        folder.Commit();
        Assert.Equal("<p>caf\u00e9 \ud83d\ude00</p>", File.ReadAllText(temp.Combine("output", "stories", "a", "index.html")));
    }

    [Fact]
    public void A_page_the_live_site_already_has_is_a_link_to_it_and_the_live_site_is_not_touched()
    {
        using var temp = new TempDirectory();
        var first = OutputFolder.Unlocked(temp.Combine("output"));
        OutputWriter.Write([Text("same.html", "same"), Text("changed.html", "before")], first.StagingPath, 2, CancellationToken.None);
        first.Commit();
        var live = FolderSnapshot.Identities(temp.Combine("output"));

        var second = OutputFolder.Unlocked(temp.Combine("output"));
        var writer = new EarlyWriter(second.StagingPath, second.FullPath);
        writer.Write(Text("same.html", "same"));
        writer.Write(Text("changed.html", "after"));

        var staged = FolderSnapshot.Identities(second.StagingPath);
        Assert.Equal(live["same.html"], staged["same.html"]);
        Assert.NotEqual(live["changed.html"].Inode, staged["changed.html"].Inode);
        Assert.Equal(live, FolderSnapshot.Identities(temp.Combine("output")));
        Assert.Equal("before", File.ReadAllText(temp.Combine("output", "changed.html")));

        // A build that fails deletes what it wrote early; the live site is as it was.
        second.Discard();
        Assert.False(Directory.Exists(second.StagingPath));
        Assert.Equal(live, FolderSnapshot.Identities(temp.Combine("output")));
    }

    [Fact]
    public void What_the_final_write_must_judge_is_not_written_early()
    {
        using var temp = new TempDirectory();
        var writer = new EarlyWriter(temp.Combine("staging"), null);
        var source = temp.Write("in/logo.svg", "<svg/>");

        var first = writer.Write(Text("twice.html", "first"));
        var second = writer.Write(Text("twice.html", "second"));
        var escaping = writer.Write(Text("../outside.html", "out"));
        var file = writer.Write(new Document("logo") { OutputPath = "logo.svg", Content = DocumentContent.FromFile(source) });

        Assert.NotNull(((TextContent)first.Content!).StagedFile);
        Assert.Null(((TextContent)second.Content!).StagedFile);
        Assert.Equal("second", ((TextContent)second.Content!).Text);
        Assert.Null(((TextContent)escaping.Content!).StagedFile);
        Assert.False(File.Exists(temp.Combine("outside.html")));
        Assert.IsType<FileContent>(file.Content);
        Assert.Equal(1, writer.Count);

        // The final write still sees the two documents of one path, and says so.
        var bag = new DiagnosticBag();
        Assert.False(OutputWriter.Validate([first, second, escaping], bag));
        Assert.Equal(new[] { DiagnosticCodes.InvalidOutputPath, DiagnosticCodes.DuplicateOutputPath }.Order().ToArray(), bag.ToSortedList().Select(d => d.Code).Order().ToArray());
    }

    [Fact]
    public void A_page_that_cannot_be_written_early_keeps_its_text()
    {
        using var temp = new TempDirectory();
        temp.Write("staging/blocked", "a file where a folder must go");
        var writer = new EarlyWriter(temp.Combine("staging"), null);

        var page = writer.Write(Text("blocked/index.html", "kept"));

        var content = Assert.IsType<TextContent>(page.Content);
        Assert.Null(content.StagedFile);
        Assert.Equal("kept", content.Text);
        Assert.Equal(0, writer.Count);
    }

    [Fact]
    public async Task Each_published_document_is_finished_once_right_after_its_last_step()
    {
        var log = new ConcurrentQueue<string>();
        var pipelines = new[]
        {
            new Pipeline("pages").Then(new Emit("b.html", "a.html"))
                .Then(new Delegated((doc, _) => { log.Enqueue($"layout {doc.Id}"); return [doc]; }))
                .Then(new Delegated((doc, _) => { log.Enqueue($"images {doc.Id}"); return [doc]; }))
                .Publish(),
            new Pipeline("feed").Then(new Emit("feed.xml")).Publish(),
            new Pipeline("unpublished").Then(new Emit("draft.html")),
        };
        var options = new EngineOptions
        {
            MaxDegreeOfParallelism = 1,
            Finish = doc =>
            {
                log.Enqueue($"finish {doc.Id}");
                return doc.With(new Marker("finished"));
            },
        };

        var result = await new PipelineRunner(options).RunAsync(pipelines, new DiagnosticBag(), TestContext.Current.CancellationToken);

        Assert.All(result.Published, d => Assert.Equal("finished", d.Get<Marker>().Value));
        Assert.False(result.Outputs["unpublished"].Single().Has<Marker>());
        var pages = log.Where(l => !l.EndsWith("feed.xml", StringComparison.Ordinal)).ToArray();
        Assert.Equal(["layout b.html", "images b.html", "finish b.html", "layout a.html", "images a.html", "finish a.html"], pages);
        Assert.Single(log, l => l == "finish feed.xml");
    }

    private static Document Text(string path, string text) => new(path) { OutputPath = path, Content = DocumentContent.FromText(text) };
}
