using Site.Build;
using Site.Cli;
using Site.Content.Model;
using Site.Testing;

namespace Site.EndToEnd.Tests;

/// <summary>
/// The sites the browser gate checks, found on disk rather than listed: the demo site (input/) and every golden case
/// of tests/Site.Build.Tests/Cases that has an input, once per line of its builds.txt when it has one, each built the
/// way GoldenCaseTests builds it (repository theme, production, on the case's day) but with the theme's assets, so
/// the pages are the real ones.
/// </summary>
public static class GateSites
{
    private static readonly DateOnly DefaultDay = new(2026, 11, 25);

    private static string CasesFolder => Repository.PathTo("tests", "Site.Build.Tests", "Cases");

    /// <summary>"demo", then each case as "case" or "case/variant", in order.</summary>
    public static IReadOnlyList<string> All()
    {
        var names = new List<string> { "demo" };
        foreach (var folder in Directory.GetDirectories(CasesFolder).Where(d => Directory.Exists(Path.Combine(d, "input"))).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(folder);
            var builds = Path.Combine(folder, "builds.txt");
            if (!File.Exists(builds))
            {
                names.Add(name);
                continue;
            }

            names.AddRange(File.ReadAllLines(builds).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => name + "/" + l.Split(' ')[0]));
        }

        return names;
    }

    /// <summary>Builds the site named <paramref name="name"/> into <paramref name="output"/>; null when the case is one whose build fails on purpose.</summary>
    public static async Task<string?> BuildAsync(string name, string scratch, string output)
    {
        if (name == "demo")
        {
            var demo = await Build(Repository.Root, output, DefaultDay);
            return demo.Succeeded ? output : throw new InvalidOperationException("the demo site does not build:\n" + string.Join('\n', demo.Diagnostics));
        }

        var (caseName, variant) = name.Split('/') is [var c, var v] ? (c, v) : (name, string.Empty);
        var folder = Path.Combine(CasesFolder, caseName);
        var today = DefaultDay;
        var working = folder;
        if (variant.Length > 0)
        {
            var line = File.ReadAllLines(Path.Combine(folder, "builds.txt")).Single(l => l.Split(' ')[0] == variant).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            today = DateOnly.ParseExact(line[1], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            if (line.Length > 2)
            {
                working = Path.Combine(scratch, "case");
                CopyFolder(Path.Combine(folder, "input"), Path.Combine(working, "input"));
                await Perform(line[2], working, today);
            }
        }

        var result = await Build(working, output, today);
        return result.Succeeded ? output : null;
    }

    private static async Task Perform(string action, string working, DateOnly today)
    {
        var (verb, argument) = (action.Split(':')[0], action.Split(':', 2)[1]);
        if (verb != "withdraw")
        {
            throw new InvalidOperationException($"the gate does not know the builds.txt action {verb}");
        }

        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var exit = await CommandLine.RunAsync(["withdraw", argument, "--reason", "the patient asked by phone", "--input", Path.Combine(working, "input"), "--today", today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)], stdout, stderr);
        if (exit != 0)
        {
            throw new InvalidOperationException(stderr.ToString());
        }
    }

    private static Task<BuildResult> Build(string working, string output, DateOnly today) =>
        new SiteBuild(
            new BuildOptions { WorkingDirectory = working, Theme = Repository.PathTo("theme"), Output = output, Today = today, Context = DeployContext.Production },
            FixedClock.On(2026, 11, 25)).RunAsync();

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }

    /// <summary>The URL path of every HTML page of a built site: a folder's index.html by its folder.</summary>
    public static IReadOnlyList<string> Pages(string output) =>
        Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(output, f).Replace('\\', '/'))
            .Select(p => p.EndsWith("/index.html", StringComparison.Ordinal) ? p[..^"index.html".Length] : p)
            .Order(StringComparer.Ordinal)
            .ToList();
}
