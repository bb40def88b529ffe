using System.CommandLine;
using Site.Cli.Commands;
using Site.Content.Formats;

namespace Site.Cli;

/// <summary>
/// The <c>site</c> command: one parser (System.CommandLine) for every command, which gives help (<c>--help</c>) and
/// completion (<c>site [suggest]</c>); a mistyped command or option gets "did you mean". A wrong command line is exit code 2 with the problem and the usage on stderr; an
/// unexpected exception is one line and exit code 1.
/// </summary>
public static class CommandLine
{
    public const int Success = 0;
    public const int Failed = 1;
    public const int Usage = 2;

    public const string UsageText = """
        usage: site <command> [options]

        commands: build, check, preview, new, withdraw, explain
        Run 'site <command> --help' for details, 'site --version' for the version. Exit codes: 0 success, 1 the site has errors, 2 the command line is wrong.
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, TimeProvider? clock = null)
    {
        clock ??= TimeProvider.System;
        var root = new RootCommand("Builds, checks and previews the patient-story site from input/ and theme/.")
        {
            BuildCommand.Create(stdout, stderr, clock),
            CheckCommand.Create(stdout, stderr),
            PreviewCommand.Create(stdout, stderr, clock),
            NewCommand.Create(stdout, stderr, clock),
            WithdrawCommand.Create(stdout, stderr, clock),
            ExplainCommand.Create(stdout, stderr),
        };
        if (args.Length == 0)
        {
            stderr.WriteLine(UsageText);
            return Usage;
        }

        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            var command = result.CommandResult.Command;
            var name = command == root ? "site" : $"site {command.Name}";
            var errors = result.Errors.Select(e => e.Message).ToList();
            if (result.UnmatchedTokens.Count > 0 && errors.Count > 1)
            {
                // "site bulid" is first of all an unknown word, not a missing command.
                errors.RemoveAll(e => e.StartsWith("Required command", StringComparison.Ordinal));
            }

            foreach (var error in errors)
            {
                var hint = Suggestion(error, command, result.UnmatchedTokens);
                stderr.WriteLine($"{name}: {(hint.Length > 0 ? error.TrimEnd('.') + hint : error)}");
            }

            stderr.WriteLine(result.CommandResult.Command == root ? UsageText : $"usage: {name} [options] (run '{name} --help' for every option)");
            return Usage;
        }

        try
        {
            return await result.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false }).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            stderr.WriteLine("site: cancelled; the previous output is unchanged");
            return Failed;
        }
        catch (Exception exception)
        {
            stderr.WriteLine($"site: internal error: {exception.GetType().Name}: {exception.Message}");
            stderr.WriteLine("site: this is a bug in the generator, not in your content; the previous output is unchanged. Please report it with the command you ran.");
            return Failed;
        }
    }

    /// <summary>"; did you mean '--context'?" after an error about a word that is a typo of a command or option here.</summary>
    private static string Suggestion(string error, Command command, IReadOnlyList<string> unmatched)
    {
        foreach (var token in unmatched.Where(t => error.Contains($"'{t}'", StringComparison.Ordinal)))
        {
            var names = token.StartsWith('-')
                ? command.Options.SelectMany(o => o.Aliases.Prepend(o.Name))
                : command.Subcommands.Select(c => c.Name);
            if (Nearest.To(token, names) is { } near)
            {
                return $"; did you mean '{near}'?";
            }
        }

        return string.Empty;
    }
}
