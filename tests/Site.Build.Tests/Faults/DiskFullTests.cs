using Xunit;

namespace Site.Build.Tests.Faults;

/// <summary>
/// A real full disk: the output folder's parent is a small tmpfs, and the new site does not fit beside the previous
/// one. The build fails with one SG1015 line naming the cause and a path, the previous output stays as it was, and
/// nothing is left beside it.
/// </summary>
[Collection(FaultsCollection.Name)]
public sealed class DiskFullTests(ITestOutputHelper log)
{
    private const string DiskSize = "8m";

    private const int MediaBytes = 24 * 1024 * 1024;

    private const string Output = "disk/output";

    [Fact]
    public async Task A_site_that_does_not_fit_fails_with_one_SG1015_line_and_leaves_the_previous_output_as_it_was()
    {
        using var site = SiteTooBigForTheDisk();
        using var disk = SmallDisk.Mount(Path.Combine(site.Root, "disk"), DiskSize);
        var output = Path.Combine(site.Root, "disk", "output");
        await site.BuildSucceedsAsync(Edition.First, output: Output);
        var before = Snapshot.Of(output);
        var listing = Listing(disk.Path);

        using var build = await site.BuildAsync(Edition.Second, output: Output);

        log.WriteLine(build.Text);
        Assert.True(build.ExitCode != 0, $"the build exited 0 on a full disk:\n{build.Text}");
        FaultAssert.NoCrash(build);
        FaultAssert.WriteFailureLines(build, FaultAssert.NoSpace(), output, exactlyOne: true);
        Assert.True(Directory.Exists(output), "output/ is missing after the failed build");
        Assert.True(Snapshot.Of(output).SameAs(before), $"output/ changed: {Snapshot.Of(output).DifferenceFrom(before)}");
        FaultAssert.NoLeftovers(output, "after the failed build");
        Assert.Equal(listing, Listing(disk.Path));
    }

    [Fact]
    public async Task A_first_site_that_does_not_fit_fails_with_one_SG1015_line_and_leaves_no_output()
    {
        using var site = SiteTooBigForTheDisk();
        using var disk = SmallDisk.Mount(Path.Combine(site.Root, "disk"), DiskSize);
        var output = Path.Combine(site.Root, "disk", "output");

        using var build = await site.BuildAsync(Edition.Second, output: Output);

        log.WriteLine(build.Text);
        Assert.True(build.ExitCode != 0, $"the build exited 0 on a full disk:\n{build.Text}");
        FaultAssert.NoCrash(build);
        FaultAssert.WriteFailureLines(build, FaultAssert.NoSpace(), output, exactlyOne: true);
        Assert.False(Directory.Exists(output), "a failed first build left an output/ folder");
        FaultAssert.NoLeftovers(output, "after the failed build");
    }

    /// <summary>The first edition fits on the disk; the second carries a media file three times the disk's size.</summary>
    private static FaultSite SiteTooBigForTheDisk()
    {
        var site = new FaultSite(stories: 2);
        var video = new byte[MediaBytes];
        new Random(7).NextBytes(video);
        site.WriteBytes(Edition.Second, "media/walk.mp4", video);
        return site;
    }

    /// <summary>What the disk holds at its top (the output folder, the lock file, staging folders).</summary>
    private static List<string> Listing(string folder) =>
        [.. Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).Select(n => n!).Order(StringComparer.Ordinal)];
}
