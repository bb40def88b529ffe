using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Site.EndToEnd.Tests;

/// <summary>
/// Serves a built site on 127.0.0.1 like a static host: a folder URL serves its index.html, a missing file
/// serves 404.html with status 404, and every rule of the site's Netlify <c>_headers</c> file whose path matches
/// is applied to the answer (so the Content-Security-Policy is live). Records every path requested.
/// </summary>
public sealed class StaticServer : IAsyncDisposable
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".xml"] = "application/xml",
        [".txt"] = "text/plain; charset=utf-8",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".webp"] = "image/webp",
        [".avif"] = "image/avif",
        [".gif"] = "image/gif",
        [".ico"] = "image/x-icon",
        [".json"] = "application/json",
        [".webmanifest"] = "application/manifest+json",
        [".wasm"] = "application/wasm",
        [".woff2"] = "font/woff2",
        [".vtt"] = "text/vtt; charset=utf-8",
        [".ics"] = "text/calendar; charset=utf-8",
        [".mp4"] = "video/mp4",
        [".webm"] = "video/webm",
    };

    private readonly HttpListener listener = new();
    private readonly string root;
    private readonly Task loop;

    public StaticServer(string root)
    {
        this.root = root;
        var port = FreePort();
        Origin = $"http://127.0.0.1:{port}";
        listener.Prefixes.Add(Origin + "/");
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    public string Origin { get; }

    public ConcurrentQueue<string> Requests { get; } = new();

    public async ValueTask DisposeAsync()
    {
        listener.Stop();
        listener.Close();
        try
        {
            await loop;
        }
        catch (HttpListenerException)
        {
            // Stopped.
        }
        catch (ObjectDisposedException)
        {
            // Stopped.
        }
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath);
            Requests.Enqueue(path);
            var file = Path.GetFullPath(Path.Combine(root, path.TrimStart('/')));
            if (Directory.Exists(file))
            {
                file = Path.Combine(file, "index.html");
            }

            var status = 200;
            if (!file.StartsWith(root, StringComparison.Ordinal) || !File.Exists(file))
            {
                file = Path.Combine(root, "404.html");
                status = 404;
            }

            var bytes = await File.ReadAllBytesAsync(file);
            context.Response.StatusCode = status;
            context.Response.ContentType = Types.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
            foreach (var (name, value) in HeadersFor(path))
            {
                if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
                {
                    context.Response.ContentType = value;
                }
                else
                {
                    context.Response.AddHeader(name, value);
                }
            }

            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    /// <summary>
    /// The headers of every rule of the site's Netlify <c>_headers</c> file whose path matches the request's, in the
    /// file's order, as Netlify applies them: <c>*</c> matches anything, <c>:name</c> one path segment; a later rule's
    /// value of a header replaces an earlier one's.
    /// </summary>
    internal IEnumerable<(string Name, string Value)> HeadersFor(string requestPath)
    {
        // Read at each request: a test may build the site again while the server runs. A later rule's value of a
        // header replaces an earlier one's (one Content-Security-Policy per page, as Netlify sends it).
        var merged = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (pattern, headers) in ReadRules())
        {
            if (pattern.IsMatch(requestPath))
            {
                foreach (var (name, value) in headers)
                {
                    merged[name] = value;
                }
            }
        }

        return merged.Select(h => (h.Key, h.Value));
    }

    private List<(Regex Pattern, List<(string Name, string Value)> Headers)> ReadRules()
    {
        var found = new List<(Regex, List<(string, string)>)>();
        var path = Path.Combine(root, "_headers");
        if (!File.Exists(path))
        {
            return found;
        }

        List<(string, string)>? current = null;
        foreach (var line in File.ReadLines(path))
        {
            if (line.TrimStart().StartsWith('#') || line.Trim().Length == 0)
            {
                continue;
            }

            if (!char.IsWhiteSpace(line[0]))
            {
                var glob = line.Trim();
                var regex = "^" + Regex.Replace(Regex.Escape(glob).Replace("\\*", ".*", StringComparison.Ordinal), ":[A-Za-z_][A-Za-z0-9_]*", "[^/]+") + "$";
                current = [];
                found.Add((new Regex(regex, RegexOptions.CultureInvariant), current));
            }
            else if (current is not null && line.Trim().Split(':', 2) is [var name, var value])
            {
                current.Add((name.Trim(), value.Trim()));
            }
        }

        return found;
    }

    public static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
