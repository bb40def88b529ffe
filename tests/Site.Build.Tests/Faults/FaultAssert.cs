using System.Text.RegularExpressions;
using Xunit;

namespace Site.Build.Tests.Faults;

/// <summary>What every fault must look like from outside: compiler-style lines, no crash, no false claim.</summary>
public static partial class FaultAssert
{
    /// <summary><c>path:line:col: error SG1015: message</c> or <c>path: error SG1015: message</c>.</summary>
    [GeneratedRegex(@"^(?<path>\S.*?)(?::\d+:\d+)?: (?<severity>error|warning) (?<code>SG\d{4}): (?<message>.+)$")]
    public static partial Regex DiagnosticLine();

    /// <summary>The causes of a full disk in the words of the OS, .NET or a person.</summary>
    [GeneratedRegex(@"no space|disk (is )?full|not enough (disk )?space|ENOSPC", RegexOptions.IgnoreCase)]
    public static partial Regex NoSpace();

    /// <summary>The causes of a folder or file that may not be written.</summary>
    [GeneratedRegex(@"permission|denied|read-only|not permitted|EACCES|EPERM|EROFS", RegexOptions.IgnoreCase)]
    public static partial Regex NotAllowed();

    /// <summary>The causes of a path the file system refuses for its length.</summary>
    [GeneratedRegex(@"too long|ENAMETOOLONG", RegexOptions.IgnoreCase)]
    public static partial Regex TooLong();

    /// <summary>The folders beside <paramref name="output"/> that a build writes and must not leave behind.</summary>
    public static IReadOnlyList<string> Leftovers(string output)
    {
        var parent = Path.GetDirectoryName(output)!;
        var name = Path.GetFileName(output);
        return !Directory.Exists(parent)
            ? []
            : Directory.EnumerateDirectories(parent)
                .Select(Path.GetFileName)
                .Where(d => d!.StartsWith(name + ".staging-", StringComparison.Ordinal) || d.StartsWith(name + ".old-", StringComparison.Ordinal))
                .Select(d => d!)
                .Order(StringComparer.Ordinal)
                .ToList();
    }

    public static void NoLeftovers(string output, string when)
    {
        var left = Leftovers(output);
        Assert.True(left.Count == 0, $"{when}, these folders were left beside {Path.GetFileName(output)}/: {string.Join(", ", left)}");
    }

    /// <summary>No "internal error", no exception type, no stack trace: a fault of the machine is not a bug of the generator.</summary>
    public static void NoCrash(SiteProcess build)
    {
        var text = build.Text;
        Assert.False(text.Contains("internal error", StringComparison.OrdinalIgnoreCase), $"the build called a fault of the machine an internal error:\n{text}");
        Assert.False(text.Contains("AggregateException", StringComparison.Ordinal), $"the build printed an AggregateException:\n{text}");
        Assert.False(text.Contains("Unhandled exception", StringComparison.OrdinalIgnoreCase), $"the build crashed:\n{text}");
        Assert.False(build.Lines.Any(l => StackFrame().IsMatch(l)), $"the build printed a stack trace:\n{text}");
    }

    /// <summary>The lines of one code, e.g. every SG1015.</summary>
    public static IReadOnlyList<Match> Lines(SiteProcess build, string code) =>
        build.Lines.Select(l => DiagnosticLine().Match(l)).Where(m => m.Success && m.Groups["code"].Value == code).ToList();

    /// <summary>
    /// At least one SG1015 line (exactly one when <paramref name="exactlyOne"/>), each an error naming the cause
    /// and a path: the output folder (or a file beside or under it, whose names start with the output's name) or
    /// the folder that holds it.
    /// </summary>
    public static void WriteFailureLines(SiteProcess build, Regex cause, string output, bool exactlyOne)
    {
        var lines = Lines(build, "SG1015");
        if (exactlyOne)
        {
            Assert.True(lines.Count == 1, $"expected exactly one SG1015 line (one line per fault), found {lines.Count}:\n{build.Text}");
        }
        else
        {
            Assert.True(lines.Count >= 1, $"expected an SG1015 line naming the cause and the path:\n{build.Text}");
        }

        var name = Path.GetFileName(output);
        var parent = Path.GetDirectoryName(output)!;
        foreach (var line in lines)
        {
            Assert.Equal("error", line.Groups["severity"].Value);
            Assert.True(cause.IsMatch(line.Value), $"the SG1015 line does not name the cause (/{cause}/): {line.Value}");
            Assert.True(
                line.Value.Contains(name, StringComparison.Ordinal) || line.Value.Contains(parent, StringComparison.Ordinal),
                $"the SG1015 line names no path of the output ('{name}' or '{parent}'): {line.Value}");
        }
    }

    /// <summary>Once the live output is no longer the previous one, nothing may say the previous output is unchanged.</summary>
    public static void NoFalseUnchanged(SiteProcess build) =>
        Assert.False(
            build.Text.Contains("unchanged", StringComparison.OrdinalIgnoreCase),
            $"the live output changed, but the build says something is unchanged:\n{build.Text}");

    [GeneratedRegex(@"^\s+at \S+.*\(.*\)")]
    private static partial Regex StackFrame();
}
