using System.Globalization;
using Site.Testing;
using Xunit;

namespace Site.Build.Tests.Faults;

/// <summary>
/// A site folder for fault tests, with two editions of its input side by side: <c>input-first/</c> and
/// <c>input-second/</c>, built with <c>--input</c> into the same <c>output/</c>. The second edition has another
/// site title (so every page differs from the first's) and one story more (so the file set differs too): a
/// folder that mixes the two, or lost files, never equals either edition's clean build.
/// </summary>
public sealed class FaultSite : IDisposable
{
    public const string Today = "2026-11-25";

    private readonly TempDirectory temp = new();

    public FaultSite(int stories)
    {
        temp.CopyIn(Repository.PathTo("theme"), "theme");
        WriteEdition(Edition.First, "Fault Stories", stories);
        WriteEdition(Edition.Second, "Fault Stories, Second Edition", stories + 1);
    }

    public string Root => temp.Path;

    /// <summary>The output folder, <c>output/</c> in the site's folder unless a test passes another one.</summary>
    public string Output => Path.Combine(Root, "output");

    public static string InputFolder(Edition edition) => edition == Edition.First ? "input-first" : "input-second";

    public static string[] BuildArguments(Edition edition, string output = "output") =>
        ["build", "--input", InputFolder(edition), "--output", output, "--today", Today];

    public string Write(Edition edition, string relativePath, string text) => temp.Write($"{InputFolder(edition)}/{relativePath}", text);

    /// <summary>Writes a file anywhere in the site's folder ('/' separated path from its root).</summary>
    public string WriteInRoot(string relativePath, string text) => temp.Write(relativePath, text);

    public void WriteBytes(Edition edition, string relativePath, byte[] bytes)
    {
        var full = temp.Combine([InputFolder(edition), .. relativePath.Split('/')]);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }

    /// <summary>Adds a valid story with the given file name (its slug) to one edition.</summary>
    public void AddStory(Edition edition, string slug, int number) =>
        Write(edition, $"stories/{slug}.md", Story(number));

    public SiteProcess StartBuild(Edition edition, Launcher? launcher = null, string output = "output") =>
        (launcher ?? Launcher.Direct).Start(Root, BuildArguments(edition, output));

    /// <summary>Builds one edition to the end and returns the finished process.</summary>
    public Task<SiteProcess> BuildAsync(Edition edition, Launcher? launcher = null, string output = "output") =>
        (launcher ?? Launcher.Direct).RunAsync(Root, BuildArguments(edition, output));

    /// <summary>Builds one edition and fails the test unless the build succeeds.</summary>
    public async Task BuildSucceedsAsync(Edition edition, Launcher? launcher = null, string output = "output")
    {
        using var build = await BuildAsync(edition, launcher, output);
        Assert.True(build.ExitCode == 0, $"a plain build of the {edition} edition exited {build.ExitCode}:\n{build.Text}");
    }

    /// <summary>
    /// What a clean build of one edition gives: the same theme and input copied to a fresh folder with the same
    /// layout, built there from nothing (no earlier output, no leftovers).
    /// </summary>
    public async Task<Snapshot> CleanBuildAsync(Edition edition)
    {
        using var copy = new TempDirectory();
        copy.CopyIn(Path.Combine(Root, "theme"), "theme");
        copy.CopyIn(Path.Combine(Root, InputFolder(edition)), InputFolder(edition));
        using var build = await Launcher.Direct.RunAsync(copy.Path, BuildArguments(edition));
        Assert.True(build.ExitCode == 0, $"the clean reference build of the {edition} edition exited {build.ExitCode}:\n{build.Text}");
        return Snapshot.Of(Path.Combine(copy.Path, "output"));
    }

    public void Dispose() => temp.Dispose();

    private static string Story(int number)
    {
        var id = number.ToString("D4", CultureInfo.InvariantCulture);
        var body = $"## Home Again\n\nStory {id} is a short story for the fault tests.\n\n## A Year Later\n\nStill walking, every day.\n";
        return SiteFixture.Story($"st-2026-{id}", $"Story Number {id}", "2026-03-10", number % 2 == 0 ? "cardiology" : "oncology", body);
    }

    private void WriteEdition(Edition edition, string title, int stories)
    {
        Write(edition, "site.yml", SiteFixture.SiteYaml.Replace("title: Test Stories", $"title: {title}", StringComparison.Ordinal));
        Write(edition, "pages/about.md", "---\ntitle: About\nsummary: Who we are.\n---\n\nWe are a test.\n");
        for (var i = 1; i <= stories; i++)
        {
            AddStory(edition, $"story-{i.ToString("D4", CultureInfo.InvariantCulture)}", i);
        }
    }
}
