using Site.Cli;

// Started by ./site or site.cmd: a program built from other sources than today's exits before doing anything.
if (Launcher.Handle(Console.Error) is { } launcher)
{
    return launcher;
}

return await CommandLine.RunAsync(args, Console.Out, Console.Error);
