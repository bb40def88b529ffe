using System.Collections.Concurrent;
using Site.Testing;
using Xunit;

namespace Site.Preview.Tests;

/// <summary>
/// The preview's watcher: how it gathers changes into batches (on a clock moved by hand, so the quiet period never
/// depends on how busy the machine is), and the odd ways editors' tools save files (on the real file system, where
/// the tests wait for what must be seen, not for a number of batches).
/// </summary>
public sealed class SiteWatcherTests : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(10);
    private readonly TempDirectory temp = new();
    private readonly ConcurrentQueue<(string[] Paths, bool Everything)> batches = new();
    private readonly List<string> seen = [];

    public SiteWatcherTests()
    {
        Directory.CreateDirectory(temp.Combine("input", "stories"));
        temp.Write("input/stories/maria.md", "first");
    }

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task A_burst_of_saves_gives_one_rebuild()
    {
        var clock = new ManualClock();
        using var watcher = Watch([], clock);
        for (var i = 0; i < 5; i++)
        {
            watcher.Notice("/site/input/stories/maria.md");
            await Armed(clock);
            clock.Advance(Quiet / 2);
        }

        var batch = await Settle(clock);
        clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(["/site/input/stories/maria.md"], batch.Paths);
        Assert.Equal(1, watcher.Batches);
        Assert.True(batches.IsEmpty, "a burst gave more than one rebuild");
    }

    [Fact]
    public async Task Saves_further_apart_than_the_quiet_period_give_a_rebuild_each()
    {
        var clock = new ManualClock();
        using var watcher = Watch([], clock);

        watcher.Notice("/site/input/stories/maria.md");
        var first = await Settle(clock);
        watcher.Notice("/site/input/stories/tomas.md");
        var second = await Settle(clock);

        Assert.Equal(["/site/input/stories/maria.md"], first.Paths);
        Assert.Equal(["/site/input/stories/tomas.md"], second.Paths);
        Assert.Equal(2, watcher.Batches);
    }

    [Fact]
    public async Task Saves_that_never_stop_still_give_a_rebuild_after_the_longest_wait()
    {
        var clock = new ManualClock();
        using var watcher = Watch([], clock);
        var started = clock.GetUtcNow();

        var saves = 0;
        while (true)
        {
            watcher.Notice($"/site/input/stories/story-{saves++}.md");
            await Armed(clock);
            clock.Advance(Quiet / 2);

            // Whatever the advance set off (a new wait, or the batch) is done before the next save.
            await Armed(clock);
            if (!batches.IsEmpty)
            {
                break;
            }
        }

        Assert.True(batches.TryDequeue(out var batch));
        Assert.InRange(clock.GetUtcNow() - started, watcher.MaxWait, watcher.MaxWait + Quiet);
        Assert.Equal(saves, batch.Paths.Length);
    }

    [Fact]
    public async Task Editor_scratch_files_are_not_changes()
    {
        var clock = new ManualClock();
        using var watcher = Watch([], clock);

        foreach (var scratch in new[] { ".maria.md.swp", "#maria.md#", "maria.md~", "4913.tmp", ".#maria.md" })
        {
            watcher.Notice("/site/input/stories/" + scratch);
        }

        watcher.Notice("/site/input/stories/maria.md");
        var batch = await Settle(clock);

        Assert.Equal(["/site/input/stories/maria.md"], batch.Paths);
    }

    [Fact]
    public async Task Five_saves_to_a_file_are_seen_as_changes_of_that_file_only()
    {
        using var watcher = Watch([temp.Combine("input")]);
        var story = temp.Combine("input", "stories", "maria.md");
        for (var i = 0; i < 5; i++)
        {
            await File.WriteAllTextAsync(story, $"save {i}", TestContext.Current.CancellationToken);
        }

        await SeenAll(story);

        Assert.All(seen, p => Assert.Equal(story, p));
    }

    [Fact]
    public async Task Writing_a_temporary_file_and_renaming_it_over_the_story_is_seen_as_a_change_of_the_story()
    {
        using var watcher = Watch([temp.Combine("input")]);
        var story = temp.Combine("input", "stories", "maria.md");
        var scratch = temp.Combine("input", "stories", ".maria.md.swp");
        await File.WriteAllTextAsync(scratch, "saved by an editor", TestContext.Current.CancellationToken);
        File.Move(scratch, story, overwrite: true);

        await SeenAll(story);

        Assert.DoesNotContain(scratch, seen);
    }

    [Fact]
    public async Task A_deleted_file_and_a_file_created_again_are_both_seen()
    {
        using var watcher = Watch([temp.Combine("input")]);
        var story = temp.Combine("input", "stories", "maria.md");
        File.Delete(story);
        await SeenAll(story);
        seen.Clear();
        await File.WriteAllTextAsync(story, "back", TestContext.Current.CancellationToken);

        await SeenAll(story);
        Assert.True(File.Exists(story));
    }

    [Fact]
    public async Task The_watcher_survives_a_folder_being_renamed()
    {
        using var watcher = Watch([temp.Combine("input")]);
        Directory.Move(temp.Combine("input", "stories"), temp.Combine("input", "patient-stories"));
        await SeenAll(temp.Combine("input", "stories"), temp.Combine("input", "patient-stories"));
        await File.WriteAllTextAsync(temp.Combine("input", "patient-stories", "tomas.md"), "new", TestContext.Current.CancellationToken);
        await SeenAll(temp.Combine("input", "patient-stories", "tomas.md"));
        seen.Clear();
        Directory.Move(temp.Combine("input", "patient-stories"), temp.Combine("input", "stories"));
        await SeenAll(temp.Combine("input", "stories"));
        await File.WriteAllTextAsync(temp.Combine("input", "stories", "tomas.md"), "edited", TestContext.Current.CancellationToken);

        await SeenAll(temp.Combine("input", "stories", "tomas.md"));
    }

    private SiteWatcher Watch(IReadOnlyList<string> folders, TimeProvider? clock = null) =>
        new(folders, Record, clock) { Quiet = Quiet };

    private Task Record(IReadOnlyCollection<string> paths, bool everything)
    {
        batches.Enqueue(([.. paths], everything));
        return Task.CompletedTask;
    }

    /// <summary>Waits until the watcher is waiting out its quiet period on the clock (or has handed a batch over).</summary>
    private Task Armed(ManualClock clock) =>
        Eventually.True(() => clock.Waiting > 0 || !batches.IsEmpty, "the watcher to wait for quiet", TestContext.Current.CancellationToken);

    /// <summary>Lets the quiet period pass, step by step, until the watcher hands over a batch.</summary>
    private async Task<(string[] Paths, bool Everything)> Settle(ManualClock clock)
    {
        while (true)
        {
            await Armed(clock);
            if (batches.TryDequeue(out var batch))
            {
                return batch;
            }

            clock.Advance(Quiet);
        }
    }

    /// <summary>Collects batches until every path has been reported (in one batch or several).</summary>
    private Task SeenAll(params string[] paths) =>
        Eventually.True(
            () =>
            {
                while (batches.TryDequeue(out var batch))
                {
                    seen.AddRange(batch.Paths);
                }

                return paths.All(seen.Contains);
            },
            "the watcher to report " + string.Join(", ", paths),
            TestContext.Current.CancellationToken);
}
