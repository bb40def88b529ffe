using System.CommandLine;
using Site.Build;

namespace Site.Cli.Commands;

/// <summary><c>site explain SGxxxx</c>: prints what an error code means, an example and the fix (from docs/errors.md).</summary>
public static class ExplainCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var code = new Argument<string>("CODE") { Description = "an error or warning code, such as SG2006 (every code is explained in docs/errors.md)" };
        var command = new Command("explain", "explain an error code, with an example and the fix: site explain SG2006") { code };
        command.SetAction(result => Run(result.GetValue(code)!, stdout, stderr));
        return command;
    }

    private static int Run(string code, TextWriter stdout, TextWriter stderr)
    {
        if (ErrorCatalog.Default.Explain(code) is { } text)
        {
            stdout.Write(text);
            return CommandLine.Success;
        }

        stderr.WriteLine($"site explain: '{code}' is not a code of this program; codes look like SG2006 (the list is in docs/errors.md)");
        return CommandLine.Usage;
    }
}
