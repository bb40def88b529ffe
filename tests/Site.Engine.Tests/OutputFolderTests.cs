using Site.Engine.Documents;
using Site.Engine.Output;
using Site.Testing;
using Xunit;

namespace Site.Engine.Tests;

/// <summary>The output folder's lock, the swap without a gap, leftovers of killed builds, and write failures named.</summary>
public sealed class OutputFolderTests
{
    [Fact]
    public void A_second_lock_on_the_same_output_fails_at_once_and_the_first_release_frees_it()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("output");

        using (OutputFolder.Lock(output))
        {
            var locked = Assert.Throws<OutputLockedException>(() => OutputFolder.Lock(output));
            Assert.Equal(output + ".lock", locked.LockPath);
        }

        using var again = OutputFolder.Lock(output);
        Assert.True(File.Exists(output + ".lock"));
    }

    [Fact]
    public void Taking_the_lock_removes_the_staging_and_old_folders_of_killed_builds_of_this_output_only()
    {
        using var temp = new TempDirectory();
        temp.Write("output.staging-1234-abcdef01/index.html", "half");
        temp.Write("output.old-1234-abcdef01/index.html", "old");
        temp.Write("output2.staging-99/index.html", "someone else's");
        temp.Write("output/index.html", "live");

        using var folder = OutputFolder.Lock(temp.Combine("output"));

        Assert.Equal(["output", "output2.staging-99"], Directory.GetDirectories(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_swap_exchanges_the_folders_so_the_output_folder_never_goes_missing()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("output");
        temp.Write("output/index.html", "0");

        // A watcher looks at output/ as fast as it can while 200 swaps happen; two renames would leave a gap it finds.
        using var stop = new CancellationTokenSource();
        using var watching = new ManualResetEventSlim();
        var missing = 0;
        var watcher = Task.Run(
            () =>
        {
            while (!stop.IsCancellationRequested)
            {
                watching.Set();
                if (!Directory.Exists(output))
                {
                    Interlocked.Increment(ref missing);
                }
            }
        },
            TestContext.Current.CancellationToken);
        watching.Wait(TestContext.Current.CancellationToken);
        for (var i = 1; i <= 200; i++)
        {
            var folder = OutputFolder.Unlocked(output);
            OutputWriter.Write([Text("index.html", i.ToString(System.Globalization.CultureInfo.InvariantCulture))], folder.StagingPath, 1, CancellationToken.None);
            Assert.Equal(OutputFolder.Swap.Done, folder.Commit());
            Assert.False(Directory.Exists(folder.StagingPath));
        }

        await stop.CancelAsync();
        await watcher;

        Assert.Equal(0, missing);
        Assert.Equal("200", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Single(Directory.GetDirectories(temp.Path));
    }

    [Fact]
    public void A_failure_inside_the_parallel_write_is_one_exception_naming_the_document()
    {
        using var temp = new TempDirectory();

        // A file where a folder must go: writing 'a/index.html' fails, on any file system and as any user.
        temp.Write("out/a", "in the way");
        var documents = Enumerable.Range(0, 50).Select(i => Text($"p{i}/index.html", "x")).Append(Text("a/index.html", "x") with { SourcePath = "input/stories/a.md" }).ToList();

        var failure = Assert.Throws<OutputWriteException>(() => OutputWriter.Write(documents, temp.Combine("out"), 4, CancellationToken.None));

        Assert.Equal("a/index.html", failure.OutputPath);
        Assert.Equal("input/stories/a.md", failure.SourcePath);
        Assert.IsAssignableFrom<IOException>(failure.InnerException);
    }

    private static Document Text(string path, string text) => new(path) { OutputPath = path, Content = DocumentContent.FromText(text) };
}
