using System.Collections.Concurrent;
using Site.Testing;
using Xunit;

namespace Site.Preview.Tests;

/// <summary>The preview's watcher against the odd ways editors' tools save files.</summary>
public sealed class SiteWatcherTests : IDisposable
{
    private readonly TempDirectory temp = new();
    private readonly ConcurrentQueue<(string[] Paths, bool Everything)> batches = new();
    private readonly SiteWatcher watcher;

    public SiteWatcherTests()
    {
        Directory.CreateDirectory(temp.Combine("input", "stories"));
        temp.Write("input/stories/maria.md", "first");
        watcher = new SiteWatcher([temp.Combine("input")], (paths, everything) =>
        {
            batches.Enqueue(([.. paths], everything));
            return Task.CompletedTask;
        });
    }

    public void Dispose()
    {
        watcher.Dispose();
        temp.Dispose();
    }

    [Fact]
    public async Task A_burst_of_saves_gives_one_rebuild()
    {
        var story = temp.Combine("input", "stories", "maria.md");
        for (var i = 0; i < 5; i++)
        {
            await File.WriteAllTextAsync(story, $"save {i}", TestContext.Current.CancellationToken);
        }

        var batch = await NextBatch();
        await Task.Delay(300, TestContext.Current.CancellationToken);

        Assert.Contains(story, batch.Paths);
        Assert.True(batches.IsEmpty, "a burst gave more than one rebuild");
    }

    [Fact]
    public async Task Writing_a_temporary_file_and_renaming_it_over_the_story_is_seen_as_a_change_of_the_story()
    {
        var story = temp.Combine("input", "stories", "maria.md");
        var scratch = temp.Combine("input", "stories", ".maria.md.swp");
        await File.WriteAllTextAsync(scratch, "saved by an editor", TestContext.Current.CancellationToken);
        File.Move(scratch, story, overwrite: true);

        var batch = await NextBatch();

        Assert.Contains(story, batch.Paths);
        Assert.DoesNotContain(scratch, batch.Paths);
    }

    [Fact]
    public async Task A_deleted_file_and_a_file_created_again_are_both_seen()
    {
        var story = temp.Combine("input", "stories", "maria.md");
        File.Delete(story);
        var deleted = await NextBatch();
        await File.WriteAllTextAsync(story, "back", TestContext.Current.CancellationToken);
        var created = await NextBatch();

        Assert.Contains(story, deleted.Paths);
        Assert.Contains(story, created.Paths);
    }

    [Fact]
    public async Task The_watcher_survives_a_folder_being_renamed()
    {
        Directory.Move(temp.Combine("input", "stories"), temp.Combine("input", "patient-stories"));
        var renamed = await NextBatch();
        await File.WriteAllTextAsync(temp.Combine("input", "patient-stories", "tomas.md"), "new", TestContext.Current.CancellationToken);
        var inside = await NextBatch();
        Directory.Move(temp.Combine("input", "patient-stories"), temp.Combine("input", "stories"));
        var back = await NextBatch();
        await File.WriteAllTextAsync(temp.Combine("input", "stories", "tomas.md"), "edited", TestContext.Current.CancellationToken);
        var after = await NextBatch();

        Assert.Contains(temp.Combine("input", "stories"), renamed.Paths);
        Assert.Contains(temp.Combine("input", "patient-stories"), renamed.Paths);
        Assert.Contains(temp.Combine("input", "patient-stories", "tomas.md"), inside.Paths);
        Assert.Contains(temp.Combine("input", "stories"), back.Paths);
        Assert.Contains(temp.Combine("input", "stories", "tomas.md"), after.Paths);
    }

    private async Task<(string[] Paths, bool Everything)> NextBatch()
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            if (batches.TryDequeue(out var batch))
            {
                return batch;
            }

            await Task.Delay(5, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException("the watcher reported no change within 10 s");
    }
}
