using System.CommandLine;
using System.Text;
using Site.Content.Compliance;
using Site.Content.Formats;
using Site.Content.Model;
using Site.Content.Takedown;
using Site.Engine.Diagnostics;

namespace Site.Cli.Commands;

/// <summary>
/// <c>site withdraw &lt;story file or slug&gt; --reason "..."</c>: records that the patient revoked the authorization,
/// today, by setting <c>consent.status: revoked</c> and <c>consent.revoked_on</c> in the story's file (nothing else of
/// the file changes). The next build, and the takedown edge function with it, takes the story down.
/// </summary>
public static class WithdrawCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, TimeProvider clock)
    {
        var story = new Argument<string>("STORY") { Description = "the story's file (input/stories/maria-walks-again.md) or its slug (maria-walks-again)" };
        var reason = new Option<string?>("--reason") { HelpName = "TEXT", Description = "why, kept as a comment in the file (do not write health information in it); required" };
        var input = SiteOptions.Input();
        var today = SiteOptions.Today("the revocation");
        var command = new Command("withdraw", "take a story down: record that its authorization is revoked as of today (status and revoked_on; nothing else of the file changes), then commit; a story already withdrawn is refused") { story, reason, input, today };
        command.SetAction(result => Run(result.GetValue(story)!, result.GetValue(reason), result.GetValue(input)!, result.GetValue(today), stdout, stderr, clock));
        return command;
    }

    private static int Run(string story, string? reason, string input, DateOnly? today, TextWriter stdout, TextWriter stderr, TimeProvider clock)
    {
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

        var folder = Path.Combine(input, ContentKinds.Of(ContentKind.Story).Folder);
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
        var folder = Path.Combine(input, ContentKinds.Of(ContentKind.Story).Folder);
        var names = Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.md").Select(Path.GetFileNameWithoutExtension).OfType<string>().ToList() : [];
        return Nearest.To(story, names, divisor: 4) is { } nearest ? $"; did you mean {nearest}?" : string.Empty;
    }

    private static int Usage(TextWriter stderr, string message)
    {
        stderr.WriteLine($"site withdraw: {message}");
        return CommandLine.Usage;
    }
}
