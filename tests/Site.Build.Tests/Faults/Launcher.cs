using System.Diagnostics;

namespace Site.Build.Tests.Faults;

/// <summary>
/// How the real <c>site</c> program is started: directly (<c>dotnet site.dll</c>, the same program the command-line
/// tests run), or behind a command that changes who runs it (<c>setpriv</c>) or what happens to it (<c>strace</c>).
/// </summary>
public sealed record Launcher(string FileName, IReadOnlyList<string> Prefix, IReadOnlyDictionary<string, string>? Environment = null)
{
    /// <summary>The CLI built next to the tests.</summary>
    public static string SiteDll { get; } = Path.Combine(AppContext.BaseDirectory, "site.dll");

    public static Launcher Direct { get; } = new("dotnet", [SiteDll]);

    /// <summary>The same program, with <paramref name="command"/> and its arguments put in front of <c>dotnet site.dll</c>.</summary>
    public static Launcher Through(string command, IEnumerable<string> arguments, string siteDll, IReadOnlyDictionary<string, string>? environment = null) =>
        new(command, [.. arguments, "dotnet", siteDll], environment);

    public SiteProcess Start(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(FileName) { WorkingDirectory = workingDirectory };
        foreach (var argument in Prefix.Concat(args))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in Environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return new SiteProcess(start);
    }

    /// <summary>Runs to the end and returns the finished process (dispose it).</summary>
    public async Task<SiteProcess> RunAsync(string workingDirectory, params string[] args)
    {
        var process = Start(workingDirectory, args);
        await process.WaitForExitAsync().ConfigureAwait(false);
        return process;
    }
}
