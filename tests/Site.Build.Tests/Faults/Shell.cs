using System.ComponentModel;
using System.Diagnostics;

namespace Site.Build.Tests.Faults;

/// <summary>Runs a system command (mount, chown) to the end: its exit code and everything it printed.</summary>
public static class Shell
{
    public static (int Exit, string Output) Run(string command, params string[] arguments)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, (stdout + stderr.GetAwaiter().GetResult()).Trim());
        }
        catch (Win32Exception exception)
        {
            return (-1, $"{command}: {exception.Message}");
        }
    }

    /// <summary>The full path of a program found on PATH, or null.</summary>
    public static string? Find(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "/usr/sbin:/usr/bin:/sbin:/bin")
            .Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, program))
            .FirstOrDefault(File.Exists);
}
