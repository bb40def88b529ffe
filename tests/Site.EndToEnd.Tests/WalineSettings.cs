using System.Text.RegularExpressions;
using Site.Testing;

namespace Site.EndToEnd.Tests;

/// <summary>
/// The Waline server's production settings, read from the one place they are written: the block between
/// <c>&lt;!-- waline-production-settings --&gt;</c> markers in docs/COMMENTS.md. The tests start the server with them,
/// replacing only what each site sets for itself (addresses, ports, secrets).
/// </summary>
public static partial class WalineSettings
{
    /// <summary>The settings each deployment sets for itself; every other documented setting is used exactly as written.</summary>
    public static readonly IReadOnlySet<string> Local = new HashSet<string>(StringComparer.Ordinal)
    {
        "PG_PORT", "PG_PASSWORD", "JWT_TOKEN", "SITE_URL", "SERVER_URL", "SECURE_DOMAINS", "WALINE_PORT", "OAUTH_URL",
    };

    public static string DocumentPath => Repository.PathTo("docs", "COMMENTS.md");

    /// <summary>NAME=value in the order written, from the documented command (<c>env -i NAME=value ... node server.cjs</c>).</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Production()
    {
        var text = File.ReadAllText(DocumentPath);
        const string open = "<!-- waline-production-settings -->";
        const string close = "<!-- /waline-production-settings -->";
        var start = text.IndexOf(open, StringComparison.Ordinal);
        var end = text.IndexOf(close, StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            throw new InvalidOperationException($"{DocumentPath} has no {open} ... {close} block");
        }

        var settings = new List<KeyValuePair<string, string>>();
        foreach (Match match in Setting().Matches(text[(start + open.Length)..end]))
        {
            var value = match.Groups["value"].Value;
            settings.Add(new(match.Groups["name"].Value, value.Length >= 2 && value[0] == '"' && value[^1] == '"' ? value[1..^1] : value));
        }

        return settings;
    }

    /// <summary>The documented settings with this test's PostgreSQL, ports and origins.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> ForTest(IReadOnlyList<KeyValuePair<string, string>> production, string siteOrigin, string serverOrigin, int postgresPort, int walinePort)
    {
        var documentedPort = production.Single(s => s.Key == "WALINE_PORT").Value;
        return production.Select(setting => new KeyValuePair<string, string>(setting.Key, setting.Key switch
        {
            "PG_PORT" => postgresPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "PG_PASSWORD" => "waline-test",
            "JWT_TOKEN" => "test-only-secret",
            "SITE_URL" => siteOrigin,
            "SERVER_URL" => serverOrigin,
            "SECURE_DOMAINS" => "127.0.0.1",
            "WALINE_PORT" => walinePort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "OAUTH_URL" => setting.Value.Replace($":{documentedPort}/", $":{walinePort}/", StringComparison.Ordinal),
            _ => setting.Value,
        })).ToList();
    }

    /// <summary>
    /// The lines of strace's <c>-e trace=connect</c> log that connect to anything but a unix socket, AF_UNSPEC (which
    /// only dissolves a UDP socket's peer), 127.0.0.0/8 or ::1 (also as ::ffff:127.x). A DNS lookup is an outbound
    /// connect to a resolver, so it shows here too.
    /// </summary>
    public static IReadOnlyList<string> Outbound(IEnumerable<string> straceLines) =>
        straceLines
            .Where(line => line.Contains("connect(", StringComparison.Ordinal) && line.Contains("sa_family=", StringComparison.Ordinal))
            .Where(line => !IsLocal(line))
            .ToList();

    private static bool IsLocal(string line)
    {
        if (line.Contains("sa_family=AF_UNIX", StringComparison.Ordinal) || line.Contains("sa_family=AF_UNSPEC", StringComparison.Ordinal) || line.Contains("sa_family=AF_LOCAL", StringComparison.Ordinal))
        {
            return true;
        }

        var v4 = Regex.Match(line, "sin_addr=inet_addr\\(\"(?<ip>[0-9.]+)\"\\)");
        if (line.Contains("sa_family=AF_INET,", StringComparison.Ordinal))
        {
            return v4.Success && v4.Groups["ip"].Value.StartsWith("127.", StringComparison.Ordinal);
        }

        var v6 = Regex.Match(line, "inet_pton\\(AF_INET6, \"(?<ip>[^\"]+)\"");
        if (line.Contains("sa_family=AF_INET6", StringComparison.Ordinal))
        {
            return v6.Success && (v6.Groups["ip"].Value == "::1" || v6.Groups["ip"].Value.StartsWith("::ffff:127.", StringComparison.Ordinal));
        }

        return false;
    }

    [GeneratedRegex("^\\s*(?:env -i\\s+)?(?<name>[A-Z][A-Z0-9_]*)=(?<value>\"[^\"]*\"|\\S+)\\s*\\\\?\\s*$", RegexOptions.Multiline)]
    private static partial Regex Setting();
}
