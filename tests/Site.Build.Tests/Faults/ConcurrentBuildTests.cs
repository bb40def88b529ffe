using System.Text.RegularExpressions;
using Xunit;

namespace Site.Build.Tests.Faults;

/// <summary>
/// Two builds on one output folder: the one that comes second fails at once with SG1025, saying another build is
/// writing that output, and neither waits forever nor spoils the first. The lock is <c>output.lock</c> beside the
/// output, held with an OS lock, so a SIGKILLed build holds nothing and blocks nobody.
/// </summary>
[Collection(FaultsCollection.Name)]
public sealed partial class ConcurrentBuildTests(ITestOutputHelper log)
{
    /// <summary>How long the second build may run before the test calls it waiting (a give-up, not a measure).</summary>
    private static readonly TimeSpan SecondBuildGiveUp = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task A_second_build_on_the_same_output_fails_at_once_with_SG1025_and_the_first_finishes()
    {
        var references = await LargeSite.CleanBuildsAsync();
        using var site = LargeSite.Create();
        await site.BuildSucceedsAsync(Edition.First);
        var lockFile = Path.Combine(site.Root, "output.lock");

        // The first build is stopped (SIGSTOP) once it writes its staging folder: it holds the lock for certain, and
        // cannot finish, or let go, while the second one runs. A second build that waits would wait forever.
        var (stopped, building, live) = await StopWhileWritingAsync(site, Edition.First);
        using var first = stopped;
        var lockedByFirst = FileLocks.IsLocked(lockFile);
        var outputBefore = Snapshot.Of(site.Output);
        var besideBefore = Beside(site);
        log.WriteLine($"first build ({building} edition) stopped while writing; beside output/: {string.Join(", ", besideBefore.Keys.DefaultIfEmpty("nothing"))}; output.lock locked: {lockedByFirst}");

        using var second = site.StartBuild(live);
        try
        {
            await second.WaitForExitAsync(SecondBuildGiveUp);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"the second build was still running {SecondBuildGiveUp.TotalSeconds:0} s after it started, while the first was stopped holding the lock: it waits instead of failing at once. It printed:\n{second.Text}");
        }

        Assert.True(second.ExitCode != 0, $"the second build on the same output succeeded (exit 0) while the first was writing:\n{second.Text}");
        var refusal = FaultAssert.Lines(second, "SG1025");
        Assert.True(refusal.Count == 1, $"expected one SG1025 line from the second build, found {refusal.Count}:\n{second.Text}");
        Assert.Equal("error", refusal[0].Groups["severity"].Value);
        Assert.Matches(AnotherBuild(), refusal[0].Groups["message"].Value);
        Assert.Contains("output", refusal[0].Value, StringComparison.Ordinal);
        FaultAssert.NoCrash(second);
        Assert.False(second.Lines.Any(SiteProcess.WritingLine.IsMatch), $"the second build started writing although the output was locked:\n{second.Text}");
        Assert.True(Snapshot.Of(site.Output).SameAs(outputBefore), $"the refused second build changed output/: {Snapshot.Of(site.Output).DifferenceFrom(outputBefore)}");
        var besideAfter = Beside(site);
        Assert.True(
            besideAfter.Count == besideBefore.Count && besideAfter.All(b => besideBefore.TryGetValue(b.Key, out var before) && before.SameAs(b.Value)),
            $"the refused second build touched the first one's folders beside output/: before {string.Join(", ", besideBefore.Keys)}; after {string.Join(", ", besideAfter.Keys)}");
        Assert.True(File.Exists(lockFile), "while the first build was writing there was no output.lock beside output/");
        Assert.True(lockedByFirst, "while the first build was writing, no process held an OS lock on output.lock (/proc/locks)");

        first.Continue();
        var exit = await first.WaitForExitAsync();
        Assert.True(exit == 0, $"the first build did not finish normally after the second was refused (exit {exit}):\n{first.Text}");
        Assert.True(Snapshot.Of(site.Output).SameAs(references.Of(building)), $"the first build's output is not the clean build of its input: {Snapshot.Of(site.Output).DifferenceFrom(references.Of(building))}");
        FaultAssert.NoLeftovers(site.Output, "after the first build finished");
        Assert.False(FileLocks.IsLocked(lockFile), "output.lock is still locked after the build exited");
    }

    [Fact]
    public async Task A_build_killed_while_it_holds_the_lock_does_not_block_the_next_one()
    {
        var references = await LargeSite.CleanBuildsAsync();
        using var site = LargeSite.Create();
        await site.BuildSucceedsAsync(Edition.First);

        var lockFile = Path.Combine(site.Root, "output.lock");
        var (stopped, _, _) = await StopWhileWritingAsync(site, Edition.First);
        using (stopped)
        {
            Assert.True(FileLocks.IsLocked(lockFile), "the build stopped while writing holds no OS lock on output.lock beside output/ (/proc/locks), so there is no lock whose release after a crash this test could check");
            Assert.True(stopped.Kill(), "the stopped build could not be killed");
            await stopped.WaitForExitAsync();
        }

        using var next = await site.BuildAsync(Edition.Second);
        Assert.True(next.ExitCode == 0, $"the build after a SIGKILLed one did not run normally (exit {next.ExitCode}):\n{next.Text}");
        Assert.Empty(FaultAssert.Lines(next, "SG1025"));
        Assert.True(Snapshot.Of(site.Output).SameAs(references.Second), $"output/ is not the clean build: {Snapshot.Of(site.Output).DifferenceFrom(references.Second)}");
        FaultAssert.NoLeftovers(site.Output, "after the build that followed the killed one");
    }

    /// <summary>
    /// Starts a build of the other edition than the live one and stops it (SIGSTOP) once it has printed that it is
    /// writing and its staging folder exists. A build that finishes before it can be stopped is followed by one of
    /// the other edition, up to three times, so the test gets a build stopped while it writes, however fast.
    /// </summary>
    private async Task<(SiteProcess Stopped, Edition Building, Edition Live)> StopWhileWritingAsync(FaultSite site, Edition live)
    {
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            var target = live == Edition.First ? Edition.Second : Edition.First;
            using var watch = new OutputWatch(site.Output);
            var build = site.StartBuild(target);
            var exited = build.WaitForExitAsync();
            Assert.True(await build.WaitForLineAsync(SiteProcess.WritingLine), $"the build printed no 'site build: writing N files':\n{build.Text}");
            await Task.WhenAny(watch.StagingCreated, exited);
            if (!exited.IsCompleted && !watch.Swapped.IsCompleted && build.Pause())
            {
                return (build, target, live);
            }

            using (build)
            {
                build.Continue();
                var exit = await exited;
                Assert.True(exit == 0, $"the build failed (exit {exit}):\n{build.Text}");
            }

            log.WriteLine($"attempt {attempt}: the build {(watch.StagingCreated.IsCompleted ? "swapped or finished" : "finished without an output.staging-* folder")} before it could be stopped while writing");
            live = target;
        }

        Assert.Fail("three builds in a row finished (or swapped) before they could be stopped while writing their output.staging-* folder");
        throw new InvalidOperationException();
    }

    private static Dictionary<string, Snapshot> Beside(FaultSite site) =>
        FaultAssert.Leftovers(site.Output).ToDictionary(d => d, d => Snapshot.Of(Path.Combine(site.Root, d)), StringComparer.Ordinal);

    [GeneratedRegex(@"another (site )?build|already (being )?(built|written|running)", RegexOptions.IgnoreCase)]
    private static partial Regex AnotherBuild();
}
