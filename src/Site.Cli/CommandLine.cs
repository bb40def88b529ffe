using Site.Cli.Commands;

namespace Site.Cli;

/// <summary>Dispatches <c>site &lt;command&gt;</c> and turns an unexpected exception into one line and exit code 1.</summary>
public static class CommandLine
{
    public const int Success = 0;
    public const int Failed = 1;
    public const int Usage = 2;

    public const string UsageText = """
        usage: site <command> [options]

        commands:
          build    build the site from input/ and theme/ into output/
                   [--input DIR] [--theme DIR] [--output DIR] [--today YYYY-MM-DD]
                   [--context production|deploy-preview|branch-deploy|dev] [--drafts]
                   [--base-url URL] [--report FILE.json]
          check    check the links, anchors and assets of any folder of built HTML
                   [DIR] [--external] [--format text|json] [--base-url URL] [--cache FILE]
          preview  build, serve on http://127.0.0.1:5080/ and update open tabs as files are saved
                   [--port N] [--input DIR] [--theme DIR] [--no-drafts] [--today YYYY-MM-DD] [--context NAME]
          new      start a new file from theme/archetypes/: site new story|article|event|alert "Title"
          withdraw take a story down: record that its authorization is revoked as of today
                   <story file or slug> --reason "why" [--input DIR] [--today YYYY-MM-DD]
          explain  explain an error code, with an example and the fix: site explain SG2006

        Run 'site <command> --help' for details, 'site --version' for the version. Exit codes: 0 success, 1 the site has errors, 2 the command line is wrong.
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args is ["--version"])
        {
            var version = typeof(CommandLine).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
                .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion ?? "unknown";
            stdout.WriteLine($"site {version.Split('+')[0]}");
            return Success;
        }

        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            (args.Length == 0 ? stderr : stdout).WriteLine(UsageText);
            return args.Length == 0 ? Usage : Success;
        }

        try
        {
            return args[0] switch
            {
                "build" => await BuildCommand.RunAsync(args[1..], stdout, stderr).ConfigureAwait(false),
                "check" => await CheckCommand.RunAsync(args[1..], stdout, stderr).ConfigureAwait(false),
                "preview" => await PreviewCommand.RunAsync(args[1..], stdout, stderr).ConfigureAwait(false),
                "new" => NewCommand.Run(args[1..], stdout, stderr),
                "explain" => ExplainCommand.Run(args[1..], stdout, stderr),
                "withdraw" => WithdrawCommand.Run(args[1..], stdout, stderr, TimeProvider.System),
                _ => UnknownCommand(args[0], stderr),
            };
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

    private static int UnknownCommand(string command, TextWriter stderr)
    {
        stderr.WriteLine($"site: unknown command '{command}'");
        stderr.WriteLine(UsageText);
        return Usage;
    }
}
