using System.Globalization;
using System.Text;
using Site.Content.Compliance;
using Site.Engine.Diagnostics;

namespace Site.Cli.Commands;

/// <summary>
/// <c>site withdraw &lt;story file or slug&gt; --reason "..."</c>: records that the patient revoked the authorization,
/// today, by setting <c>consent.status: revoked</c> and <c>consent.revoked_on</c> in the story's file (nothing else of
/// the file changes). The next build, and the takedown edge function with it, takes the story down.
/// </summary>
public static class WithdrawCommand
{
    public const string Help = """
        usage: site withdraw <story file or slug> --reason "why" [--input DIR] [--today YYYY-MM-DD]

        Records in the story's file that its authorization is revoked as of today (in the site's time zone): sets
        consent.status to revoked and adds consent.revoked_on, with the reason as a comment on that line. Nothing
        else in the file changes. Commit and push the file: the next build takes the story down everywhere (its
        address answers 410 Gone, links to it are taken out of other pages). A story already withdrawn is refused.
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, TimeProvider clock)
    {
        if (args.Contains("--help") || args.Contains("-h"))
        {
            stdout.WriteLine(Help);
            return CommandLine.Success;
        }

        string? story = null, reason = null, input = "input";
        DateOnly? today = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is "--reason" or "--input" or "--today")
            {
                if (i + 1 >= args.Length)
                {
                    return Usage(stderr, $"option {args[i]} needs a value");
                }

                var value = args[++i];
                switch (args[i - 1])
                {
                    case "--reason": reason = value; break;
                    case "--input": input = value; break;
                    default:
                        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var given))
                        {
                            return Usage(stderr, $"--today must be a date in the form YYYY-MM-DD; found '{value}'");
                        }

                        today = given;
                        break;
                }
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                return Usage(stderr, $"unknown option '{args[i]}' for 'site withdraw'");
            }
            else if (story is null)
            {
                story = args[i];
            }
            else
            {
                return Usage(stderr, $"give one story; found '{story}' and '{args[i]}'");
            }
        }

        if (story is null)
        {
            return Usage(stderr, "say which story, by its file or its slug: site withdraw maria-walks-again --reason \"patient revoked by phone, 2026-12-01\"");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Usage(stderr, "say why with --reason \"...\" (it is kept as a comment in the file; do not write health information in it)");
        }

        if (Find(story, input) is not { } file)
        {
            stderr.WriteLine($"{story}: error {DiagnosticCodes.StoryNotFound}: no story in {input}/stories/ has the file name or slug '{story}'{Suggestion(story, input)}");
            return CommandLine.Failed;
        }

        var display = Path.GetRelativePath(Directory.GetCurrentDirectory(), file).Replace('\\', '/');
        var day = today ?? DateOnly.FromDateTime(NewCommand.SiteNow(input, clock));
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(File.ReadAllBytes(file));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            stderr.WriteLine($"{display}: error {DiagnosticCodes.FileUnreadable}: the story cannot be read ({exception.Message}); nothing was changed");
            return CommandLine.Failed;
        }

        if (ConsentRevocation.Apply(text, day, reason, out var problem) is not { } changed)
        {
            stderr.WriteLine($"{display}: error {DiagnosticCodes.AlreadyWithdrawn}: {problem}; the file was not changed");
            return CommandLine.Failed;
        }

        var temporary = file + ".withdraw-" + Environment.ProcessId + ".tmp";
        try
        {
            File.WriteAllBytes(temporary, new UTF8Encoding(false).GetBytes(changed));
            File.Move(temporary, file, overwrite: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            stderr.WriteLine($"{display}: error {DiagnosticCodes.OutputWriteFailed}: the story could not be written ({exception.Message}); it was not changed");
            return CommandLine.Failed;
        }

        stdout.WriteLine(display);
        stderr.WriteLine($"site withdraw: {display}: consent.status is now 'revoked', with revoked_on: {day:yyyy-MM-dd}");
        stderr.WriteLine("site withdraw: commit and push this file now; the next build takes the story down (410 Gone, links to it taken out of other pages). Then, by hand:");
        foreach (var step in Withdrawal.TakedownSteps)
        {
            stderr.WriteLine($"  - {step}");
        }

        return CommandLine.Success;
    }

    /// <summary>The story's file: a path as given, input/stories/&lt;slug&gt;.md, or the file whose front matter sets that slug.</summary>
    private static string? Find(string story, string input)
    {
        if (File.Exists(story))
        {
            return Path.GetFullPath(story);
        }

        var folder = Path.Combine(input, "stories");
        var named = Path.Combine(folder, story + ".md");
        if (File.Exists(named))
        {
            return Path.GetFullPath(named);
        }

        return Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal)
                .FirstOrDefault(f => File.ReadLines(f).Take(80).Any(l => l.Trim() == $"slug: {story}"))
                is { } set ? Path.GetFullPath(set) : null
            : null;
    }

    private static string Suggestion(string story, string input)
    {
        var folder = Path.Combine(input, "stories");
        var names = Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.md").Select(Path.GetFileNameWithoutExtension).OfType<string>().ToList() : [];
        var nearest = names.OrderBy(n => Distance(n, story)).FirstOrDefault();
        return nearest is not null && Distance(nearest, story) <= Math.Max(2, story.Length / 4) ? $"; did you mean {nearest}?" : string.Empty;
    }

    private static int Distance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var previous = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var kept = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), previous + (a[i - 1] == b[j - 1] ? 0 : 1));
                previous = kept;
            }
        }

        return row[b.Length];
    }

    private static int Usage(TextWriter stderr, string message)
    {
        stderr.WriteLine($"site withdraw: {message}");
        stderr.WriteLine(Help);
        return CommandLine.Usage;
    }
}
