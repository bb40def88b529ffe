using Xunit;

namespace Site.Build.Tests.Faults;

/// <summary>
/// A path the file system refuses (ENAMETOOLONG, longer than Linux's PATH_MAX of 4,096 bytes): the output folder
/// sits so deep that the previous site fits but a new story with a long slug does not. One SG1015 line with the
/// cause and a path, and the previous output as it was.
/// </summary>
[Collection(FaultsCollection.Name)]
public sealed class PathTooLongTests(ITestOutputHelper log)
{
    /// <summary>The longest path Linux takes, in bytes, without the terminating zero.</summary>
    private const int PathMax = 4095;

    /// <summary>Room left for the name of a staging folder beside the output (output.staging-...).</summary>
    private const int StagingNameRoom = 64;

    [Fact]
    public async Task A_path_too_long_for_the_file_system_fails_with_one_SG1015_line_and_leaves_the_previous_output()
    {
        using var site = new FaultSite(stories: 2);
        var slug = string.Join('-', Enumerable.Repeat("walking", 28));
        site.AddStory(Edition.Second, slug, 9);

        // The previous site, built where paths are short, is moved to a folder so deep that its longest file still
        // fits under PATH_MAX even inside a staging folder, and the new story's page does not fit even in output/.
        await site.BuildSucceedsAsync(Edition.First);
        var longestOld = Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).Max(f => Path.GetRelativePath(site.Output, f).Length);
        var parent = Deep(site.Root, PathMax - 1 - StagingNameRoom - 1 - longestOld);
        var output = Path.Combine(parent, "output");
        var newPage = $"stories/{slug}/index.html";
        Assert.True(output.Length + 1 + newPage.Length > PathMax, "the test's new page would fit; make the slug longer");
        Directory.Move(site.Output, output);
        var before = Snapshot.Of(output);

        using var build = await site.BuildAsync(Edition.Second, output: Path.GetRelativePath(site.Root, output));

        log.WriteLine(build.Text);
        Assert.True(build.ExitCode != 0, $"the build exited 0, though a page's path is {output.Length + 1 + newPage.Length} bytes:\n{build.Text}");
        FaultAssert.NoCrash(build);
        FaultAssert.WriteFailureLines(build, FaultAssert.TooLong(), output, exactlyOne: true);
        Assert.True(Directory.Exists(output), "output/ is missing after the failed build");
        Assert.True(Snapshot.Of(output).SameAs(before), $"output/ changed: {Snapshot.Of(output).DifferenceFrom(before)}");
        FaultAssert.NoLeftovers(output, "after the failed build");
    }

    /// <summary>Creates folders under <paramref name="root"/> (names of at most 200 characters) down to a path of <paramref name="length"/> characters (or one less).</summary>
    private static string Deep(string root, int length)
    {
        var path = Path.Combine(root, "deep");
        while (length - path.Length > 1)
        {
            path = Path.Combine(path, new string('d', Math.Min(200, length - path.Length - 1)));
        }

        Directory.CreateDirectory(path);
        return path;
    }
}
