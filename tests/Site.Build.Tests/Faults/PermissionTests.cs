using Xunit;

namespace Site.Build.Tests.Faults;

/// <summary>
/// Folders the build may not write, run as a user permissions apply to (see <see cref="Unprivileged"/>): an SG1015
/// line with the cause and the path and the previous output exactly as it was, or, when the new site did go live
/// and only the old one could not be removed, a warning that says so and where the old one is. Never an internal
/// error, never "unchanged" about an output that changed.
/// </summary>
[Collection(FaultsCollection.Name)]
public sealed class PermissionTests(ITestOutputHelper log)
{
    [Fact]
    public async Task A_read_only_output_folder_gives_SG1015_and_the_previous_site_or_a_warning_that_names_what_is_live()
    {
        using var site = new FaultSite(stories: 2);
        var user = await Unprivileged.LauncherAsync(site);
        var newSite = await site.CleanBuildAsync(Edition.Second);
        await site.BuildSucceedsAsync(Edition.First, user);
        var before = Snapshot.Of(site.Output);

        Permissions.RemoveWrite(site.Output, recursive: true);
        try
        {
            using var build = await site.BuildAsync(Edition.Second, user);
            log.WriteLine(build.Text);
            FaultAssert.NoCrash(build);
            Assert.True(Directory.Exists(site.Output), "output/ is missing");
            var now = Snapshot.Of(site.Output);
            if (now.SameAs(before))
            {
                Assert.True(build.ExitCode != 0, $"the build exited 0, but output/ is still the previous site:\n{build.Text}");
                FaultAssert.WriteFailureLines(build, FaultAssert.NotAllowed(), site.Output, exactlyOne: false);
                FaultAssert.NoLeftovers(site.Output, "after the failed build");
            }
            else
            {
                Assert.True(now.SameAs(newSite), $"output/ is neither the previous site nor the new one: against the previous, {now.DifferenceFrom(before)}; against the new, {now.DifferenceFrom(newSite)}");
                FaultAssert.NoFalseUnchanged(build);
                var named = FaultAssert.Leftovers(site.Output).Where(d => build.Text.Contains(d, StringComparison.Ordinal)).ToList();
                Assert.True(named.Count == 1, $"the new site is live and the old one was not removed, but the build names no (or more than one) folder it was left in; beside output/: {string.Join(", ", FaultAssert.Leftovers(site.Output))}:\n{build.Text}");
                Assert.True(
                    build.Lines.Any(l => l.Contains("warning", StringComparison.OrdinalIgnoreCase) && l.Contains(named[0], StringComparison.Ordinal)),
                    $"no warning says the previous site was left at {named[0]}:\n{build.Text}");
                Assert.True(Snapshot.Of(Path.Combine(site.Root, named[0])).SameAs(before), $"{named[0]}, named as the previous site, does not hold it");
            }
        }
        finally
        {
            foreach (var folder in FaultAssert.Leftovers(site.Output).Select(d => Path.Combine(site.Root, d)).Append(site.Output))
            {
                Permissions.RestoreWrite(folder, recursive: true);
            }
        }

        // Writable again: the next build succeeds and removes whatever the failed one left.
        await site.BuildSucceedsAsync(Edition.Second, user);
        Assert.True(Snapshot.Of(site.Output).SameAs(newSite), "output/ is not the new site after a build with write permission");
        FaultAssert.NoLeftovers(site.Output, "after the build with write permission");
    }

    [Fact]
    public async Task A_read_only_folder_holding_the_output_gives_SG1015_with_the_cause_and_the_path_and_changes_nothing()
    {
        using var site = new FaultSite(stories: 2);
        var user = await Unprivileged.LauncherAsync(site);
        await site.BuildSucceedsAsync(Edition.First, user);
        var before = Snapshot.Of(site.Output);
        var listing = Directory.EnumerateFileSystemEntries(site.Root).Order(StringComparer.Ordinal).ToList();

        Permissions.RemoveWrite(site.Root, recursive: false);
        try
        {
            using var build = await site.BuildAsync(Edition.Second, user);
            log.WriteLine(build.Text);
            Assert.True(build.ExitCode != 0, $"the build exited 0, though nothing can be created beside output/:\n{build.Text}");
            FaultAssert.NoCrash(build);
            FaultAssert.WriteFailureLines(build, FaultAssert.NotAllowed(), site.Output, exactlyOne: false);
            Assert.True(Directory.Exists(site.Output), "output/ is missing");
            Assert.True(Snapshot.Of(site.Output).SameAs(before), $"output/ changed: {Snapshot.Of(site.Output).DifferenceFrom(before)}");
            Assert.Equal(listing, Directory.EnumerateFileSystemEntries(site.Root).Order(StringComparer.Ordinal).ToList());
        }
        finally
        {
            Permissions.RestoreWrite(site.Root, recursive: false);
        }

        await site.BuildSucceedsAsync(Edition.Second, user);
        FaultAssert.NoLeftovers(site.Output, "after the build with write permission");
    }
}
