using Site.Build;

namespace Site.Cli.Commands;

/// <summary><c>site explain SGxxxx</c>: prints what an error code means, an example and the fix (from docs/errors.md).</summary>
public static class ExplainCommand
{
    public const string Help = """
        usage: site explain CODE

        Prints what an error or warning code means, an example and how to fix it, such as: site explain SG2006
        Every code is also explained in docs/errors.md.
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args is ["--help"] or ["-h"])
        {
            stdout.WriteLine(Help);
            return CommandLine.Success;
        }

        if (args.Length != 1)
        {
            stderr.WriteLine("site explain: give one code, such as: site explain SG2006");
            return CommandLine.Usage;
        }

        if (ErrorCatalog.Default.Explain(args[0]) is { } text)
        {
            stdout.Write(text);
            return CommandLine.Success;
        }

        stderr.WriteLine($"site explain: '{args[0]}' is not a code of this program; codes look like SG2006 (the list is in docs/errors.md)");
        return CommandLine.Usage;
    }
}
