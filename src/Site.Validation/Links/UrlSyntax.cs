using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Site.Validation.Links;

/// <summary>
/// Whether an absolute <c>http</c>/<c>https</c> URL, or a scheme-relative one (<c>//host/...</c>), is one a browser can
/// follow, by the WHATWG URL rules for its scheme, slashes and authority: two slashes after the scheme, a host name
/// (no space or character a host may not hold, no empty label, a valid IPv4 or bracketed IPv6 address),
/// a port of digits up to 65535; and, last, that .NET's <see cref="Uri"/> can read it (so it can be checked with
/// <c>--external</c>). Paths, queries and fragments are left to the browser, which encodes what they hold.
/// Thread-safe.
/// </summary>
public static partial class UrlSyntax
{
    private static readonly char[] C0AndSpace = [.. Enumerable.Range(0, 0x21).Select(c => (char)c)];

    /// <summary>Null when <paramref name="target"/> is not such a URL or is well formed; else what is wrong, in words.</summary>
    public static string? Problem(string target)
    {
        // As a browser does first: leading and trailing spaces and controls go, tabs and newlines inside go.
        var url = target.Trim(C0AndSpace).Replace("\t", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal).Replace("\r", string.Empty, StringComparison.Ordinal);
        string rest;
        string scheme;
        var match = SchemePattern().Match(url);
        if (match.Success)
        {
            scheme = match.Groups[1].Value.ToLowerInvariant();
            if (scheme is not ("http" or "https"))
            {
                return null;
            }

            rest = url[match.Length..];
        }
        else if (url.StartsWith("//", StringComparison.Ordinal))
        {
            scheme = "https";
            rest = url;
        }
        else
        {
            return null;
        }

        var slashes = 0;
        while (slashes < rest.Length && rest[slashes] is '/' or '\\')
        {
            slashes++;
        }

        var authorityEnd = rest.IndexOfAny(['/', '\\', '?', '#'], slashes);
        var authority = authorityEnd < 0 ? rest[slashes..] : rest[slashes..authorityEnd];
        if (authority.Length == 0)
        {
            return "it has no host name after the slashes";
        }

        if (slashes != 2)
        {
            return match.Success
                ? $"write two slashes after '{match.Value}', not {slashes}"
                : $"a URL that starts with slashes must start with two, not {slashes}";
        }

        var at = authority.LastIndexOf('@');
        var hostPort = at < 0 ? authority : authority[(at + 1)..];
        string host;
        string? port = null;
        if (hostPort.StartsWith('['))
        {
            var close = hostPort.IndexOf(']');
            if (close < 0 || !IPAddress.TryParse(hostPort[1..close], out var v6) || v6.AddressFamily != AddressFamily.InterNetworkV6)
            {
                return $"'{hostPort}' is not an IPv6 address in brackets, such as [2001:db8::1]";
            }

            var after = hostPort[(close + 1)..];
            if (after.Length > 0 && after[0] != ':')
            {
                return $"'{after}' after the IPv6 address is neither a port (:8080) nor a path (/)";
            }

            host = hostPort[..(close + 1)];
            port = after.Length > 0 ? after[1..] : null;
        }
        else
        {
            var colon = hostPort.IndexOf(':');
            host = colon < 0 ? hostPort : hostPort[..colon];
            port = colon < 0 ? null : hostPort[(colon + 1)..];
            if (HostProblem(TargetResolver.Decode(host)) is { } problem)
            {
                return problem;
            }
        }

        if (port is { Length: > 0 })
        {
            if (!port.All(char.IsAsciiDigit))
            {
                return $"the port '{port}' is not a number";
            }

            if (!int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number > 65535)
            {
                return $"the port {port} is above 65535, the highest there is";
            }
        }

        return Uri.TryCreate(match.Success ? url : scheme + ":" + url, UriKind.Absolute, out _) ? null : "it is not a URL a browser or this check can read";
    }

    private static string? HostProblem(string host)
    {
        if (host.Length == 0)
        {
            return "it has no host name";
        }

        if (host.FirstOrDefault(IsForbidden) is var bad and not '\0')
        {
            return bad == ' ' ? $"the host name '{host}' has a space" : $"the host name '{host}' has '{bad}', which a host name cannot hold";
        }

        var labels = host.EndsWith('.') ? host[..^1].Split('.') : host.Split('.');
        if (labels.Any(l => l.Length == 0))
        {
            return $"the host name '{host}' has an empty part (two dots together, or a dot first)";
        }

        // A host whose last part is a number is an IPv4 address, and must then be one.
        if (labels[^1].All(char.IsAsciiDigit) || labels[^1].StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            return labels.Length == 4 && labels.All(l => l.Length <= 3 && l.All(char.IsAsciiDigit) && int.Parse(l, CultureInfo.InvariantCulture) <= 255)
                ? null
                : $"'{host}' is not an IPv4 address (four numbers from 0 to 255, such as 192.0.2.1)";
        }

        return null;
    }

    /// <summary>The WHATWG forbidden domain code points: C0 controls, space, # % / : &lt; &gt; ? @ [ \ ] ^ |, DEL.</summary>
    private static bool IsForbidden(char c) =>
        c <= 0x20 || c == 0x7F || c is '#' or '%' or '/' or ':' or '<' or '>' or '?' or '@' or '[' or '\\' or ']' or '^' or '|';

    [GeneratedRegex("^([a-zA-Z][a-zA-Z0-9+.-]*):", RegexOptions.CultureInvariant)]
    private static partial Regex SchemePattern();
}
