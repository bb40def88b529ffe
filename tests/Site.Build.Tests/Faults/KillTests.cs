using Xunit;

namespace Site.Build.Tests.Faults;

/// <summary>
/// A build SIGKILLed at any moment (while it reads, renders, writes the new site, swaps it in or removes the old
/// one) leaves <c>output/</c> byte for byte the previous site or byte for byte the new one: never a mix, never
/// missing. The next build removes the <c>output.staging-*</c> and <c>output.old-*</c> folders a killed build left.
/// </summary>
[Collection(FaultsCollection.Name)]
public sealed class KillTests(ITestOutputHelper log)
{
    /// <summary>The kill moments come from this seed: the same moments, relative to the build's phases, on every run.</summary>
    private const int Seed = 20261201;

    private const int KilledBySigKill = 128 + 9;

    [Fact]
    public async Task A_build_killed_at_any_moment_leaves_the_previous_site_or_the_new_one_and_the_next_build_cleans_up()
    {
        var references = await LargeSite.CleanBuildsAsync();
        using var site = LargeSite.Create();
        await site.BuildSucceedsAsync(Edition.First);
        AssertLive(references.First, site, "after a clean build of the first edition");

        // One build as every build below is (the other edition over a built site), measured by its progress line
        // and by the file system event of the swap; this only aims the kills, any moment must leave a whole site.
        var phases = await MeasureAsync(site, Edition.Second);
        AssertLive(references.Second, site, "after the second edition was built over the first");
        log.WriteLine($"measured: {phases}");

        var live = Edition.Second;
        var kills = Plan(phases);
        for (var i = 0; i < kills.Count; i++)
        {
            var kill = kills[i];
            var target = Other(live);
            var what = $"kill {i + 1} of {kills.Count} ({kill}, building the {target} edition over the {live})";
            using var swap = new OutputWatch(site.Output);
            using var build = site.StartBuild(target);
            var exited = build.WaitForExitAsync();
            await AimAsync(kill, phases, build, swap, exited, what);
            build.Kill();
            var exit = await exited;
            Assert.True(exit is 0 or KilledBySigKill, $"{what}: the build failed on its own (exit {exit}):\n{build.Text}");
            Assert.True(Directory.Exists(site.Output), $"{what}: output/ is missing");
            var now = Snapshot.Of(site.Output);
            if (exit == 0)
            {
                AssertLive(references.Of(target), site, $"{what}: the build finished");
                FaultAssert.NoLeftovers(site.Output, $"{what}: the build finished");
                live = target;
            }
            else if (now.SameAs(references.Of(target)))
            {
                live = target;
            }
            else
            {
                Assert.True(
                    now.SameAs(references.Of(live)),
                    $"{what}: output/ is neither the previous site nor the new one. Against the previous: {now.DifferenceFrom(references.Of(live))}. Against the new: {now.DifferenceFrom(references.Of(target))}");
            }

            var landed = exit == 0 ? "finished before the kill" : $"killed after {swap.Elapsed.TotalSeconds:0.00} s, {(swap.Swapped.IsCompleted ? "after" : "before")} output/ changed";
            log.WriteLine($"{what}: {landed}; output/ is the {live} edition; left beside it: {string.Join(", ", FaultAssert.Leftovers(site.Output).DefaultIfEmpty("nothing"))}");
        }

        var last = Other(live);
        using (var next = await site.BuildAsync(last))
        {
            Assert.True(next.ExitCode == 0, $"the build after the kills exited {next.ExitCode}:\n{next.Text}");
        }

        AssertLive(references.Of(last), site, "after the build that followed the kills");
        FaultAssert.NoLeftovers(site.Output, "after the build that followed the kills");
    }

    [Fact]
    public async Task A_build_killed_at_each_rename_and_at_the_first_removal_leaves_the_previous_site_or_the_new_one()
    {
        Strace.SkipUnlessUsable();
        using var site = new FaultSite(stories: 30);
        var references = await CleanBuilds.OfAsync(site);
        await site.BuildSucceedsAsync(Edition.First);
        var live = Edition.First;

        // Every rename in turn (the swap is one), until a build runs out of renames and finishes; then the first
        // removal of a folder and of a file, wherever the build does it (leftovers, the old site after the swap).
        var points = Enumerable.Range(1, 8).Select(n => new Strace.KillPoint("rename", @"/^rename", n))
            .Concat([new("rmdir", "rmdir", 1), new("unlink", @"/^unlink(at)?$", 1), new("unlink", @"/^unlink(at)?$", 25)]);
        var renames = 0;
        foreach (var point in points)
        {
            if (point.Name == "rename" && renames < point.When - 1)
            {
                continue;
            }

            var target = Other(live);
            var what = $"SIGKILL at {point}, building the {target} edition over the {live}";
            using var build = site.StartBuild(target, Strace.Killing(point));
            var exit = await build.WaitForExitAsync();
            Assert.True(exit is 0 or KilledBySigKill, $"{what}: the build failed on its own (exit {exit}):\n{build.Text}");
            Assert.True(Directory.Exists(site.Output), $"{what}: output/ is missing");
            var now = Snapshot.Of(site.Output);
            if (exit == 0)
            {
                AssertLive(references.Of(target), site, $"{what}: the build finished (the point was never reached)");
                FaultAssert.NoLeftovers(site.Output, $"{what}: the build finished");
                live = target;
            }
            else
            {
                renames += point.Name == "rename" ? 1 : 0;
                if (now.SameAs(references.Of(target)))
                {
                    live = target;
                }
                else
                {
                    Assert.True(
                        now.SameAs(references.Of(live)),
                        $"{what}: output/ is neither the previous site nor the new one. Against the previous: {now.DifferenceFrom(references.Of(live))}. Against the new: {now.DifferenceFrom(references.Of(target))}");
                }
            }

            log.WriteLine($"{what}: {(exit == 0 ? "finished" : "killed")}; output/ is the {live} edition; left beside it: {string.Join(", ", FaultAssert.Leftovers(site.Output).DefaultIfEmpty("nothing"))}");
        }

        var last = Other(live);
        await site.BuildSucceedsAsync(last);
        AssertLive(references.Of(last), site, "after the build that followed the kills");
        FaultAssert.NoLeftovers(site.Output, "after the build that followed the kills");
    }

    [Fact]
    public async Task The_next_build_removes_the_staging_and_old_folders_a_killed_build_left_and_nothing_else()
    {
        using var site = new FaultSite(stories: 2);
        await site.BuildSucceedsAsync(Edition.First);
        string[] left = ["output.staging-4242-0123456789ab", "output.old-4242-0123456789ab"];
        foreach (var folder in left)
        {
            site.WriteInRoot(folder + "/stories/half-written/index.html", "<p>half");
        }

        site.WriteInRoot("output.backup/index.html", "<p>someone's copy, not the build's");

        await site.BuildSucceedsAsync(Edition.Second);

        FaultAssert.NoLeftovers(site.Output, "after a build that found folders left by a killed one");
        Assert.True(File.Exists(Path.Combine(site.Root, "output.backup", "index.html")), "the build removed output.backup/, which no build made");
        Assert.True(Snapshot.Of(site.Output).SameAs(await site.CleanBuildAsync(Edition.Second)), "output/ is not the clean build of the new input");
    }

    private static Edition Other(Edition edition) => edition == Edition.First ? Edition.Second : Edition.First;

    private static void AssertLive(Snapshot expected, FaultSite site, string when)
    {
        Assert.True(Directory.Exists(site.Output), $"{when}: output/ is missing");
        var now = Snapshot.Of(site.Output);
        Assert.True(now.SameAs(expected), $"{when}: output/ is not the clean build of that edition: {now.DifferenceFrom(expected)}");
    }

    /// <summary>
    /// Times one build: from the start to the line 'site build: writing N files', from there to the first change
    /// of the name output/ in its folder (the swap, seen by inotify), and from there to the exit.
    /// </summary>
    private static async Task<Phases> MeasureAsync(FaultSite site, Edition edition)
    {
        using var swap = new OutputWatch(site.Output);
        using var build = site.StartBuild(edition);
        Assert.True(await build.WaitForLineAsync(SiteProcess.WritingLine), $"the build printed no 'site build: writing N files':\n{build.Text}");
        var writing = swap.Elapsed;
        Assert.True(await build.WaitForExitAsync() == 0, $"the measured build failed:\n{build.Text}");
        var exit = swap.Elapsed;
        var swapped = swap.Swapped.IsCompleted ? await swap.Swapped : exit;
        return new Phases(writing, swapped - writing, exit - swapped);
    }

    /// <summary>
    /// Eleven moments, each from an event of the build itself so the aim holds however busy the machine is: three
    /// from the start (before writing), one as the line 'site build: writing N files' comes, two while writing and
    /// two just before the swap (from that line, stretched by how much slower this build reached it than the
    /// measured one), one as soon as output/ changes and two while the previous site is removed (from that change).
    /// </summary>
    private static List<Kill> Plan(Phases phases)
    {
        var random = new Random(Seed);
        var (untilWriting, writing, afterSwap) = phases;
        var kills = new List<Kill>();
        kills.AddRange(Enumerable.Range(0, 3).Select(_ => new Kill("before writing", Anchor.Start, untilWriting * random.NextDouble())));
        kills.Add(new Kill("as writing starts", Anchor.Writing, TimeSpan.Zero));
        kills.AddRange(Enumerable.Range(0, 2).Select(_ => new Kill("while writing", Anchor.Writing, writing * random.NextDouble())));
        kills.AddRange(Enumerable.Range(0, 2).Select(_ => new Kill("just before the swap", Anchor.Writing, writing * (0.85 + (0.15 * random.NextDouble())))));
        kills.Add(new Kill("as output/ changes", Anchor.Swap, TimeSpan.Zero));
        kills.AddRange(Enumerable.Range(0, 2).Select(_ => new Kill("while the previous site is removed", Anchor.Swap, afterSwap * random.NextDouble())));
        return kills;
    }

    /// <summary>Waits for the kill's moment: its anchor, then its delay; returns early when the build exits.</summary>
    private static async Task AimAsync(Kill kill, Phases phases, SiteProcess build, OutputWatch swap, Task<int> exited, string what)
    {
        var delay = kill.Delay;
        switch (kill.Anchor)
        {
            case Anchor.Writing:
                var writes = await build.WaitForLineAsync(SiteProcess.WritingLine);
                Assert.True(writes, $"{what}: the build ended without the progress line 'site build: writing N files':\n{build.Text}");
                delay *= Math.Clamp(swap.Elapsed / phases.UntilWriting, 0.5, 4);
                break;
            case Anchor.Swap:
                await Task.WhenAny(swap.Swapped, exited);
                break;
        }

        if (delay > TimeSpan.Zero)
        {
            await Task.WhenAny(Task.Delay(delay, TestContext.Current.CancellationToken), exited);
        }
    }

    /// <summary>How long a build takes to start writing, to write up to the swap, and from the swap to its exit.</summary>
    private sealed record Phases(TimeSpan UntilWriting, TimeSpan Writing, TimeSpan AfterSwap)
    {
        public override string ToString() =>
            $"{UntilWriting.TotalSeconds:0.000} s until 'writing', {Writing.TotalSeconds:0.000} s of writing up to the swap, {AfterSwap.TotalSeconds:0.000} s from the swap to the exit";
    }

    private sealed record Kill(string Phase, Anchor Anchor, TimeSpan Delay)
    {
        public override string ToString() => $"{Phase}, {Delay.TotalSeconds:0.000} s after {Anchor switch { Anchor.Start => "the start", Anchor.Writing => "'writing'", _ => "output/ changed" }}";
    }
}
