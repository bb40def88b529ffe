using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Site.EndToEnd.Tests;

/// <summary>
/// Serves a built site on 127.0.0.1 like a static host: a folder URL serves its index.html, a missing file
/// serves 404.html with status 404. Records every path requested.
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
        [".json"] = "application/json",
        [".webp"] = "image/webp",
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

    public const string OAuthStubPath = "/oauth-stub";

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
            if (path == OAuthStubPath)
            {
                // Waline's server asks this address which login services exist; the answer keeps it on loopback.
                var stub = "{\"services\":[]}"u8.ToArray();
                context.Response.ContentType = "application/json";
                await context.Response.OutputStream.WriteAsync(stub);
                context.Response.Close();
                continue;
            }

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
            foreach (var (name, value) in HeadersFor(path))
            {
                context.Response.AddHeader(name, value);
            }

            context.Response.StatusCode = status;
            context.Response.ContentType = Types.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    /// <summary>
    /// The headers of the rules of the site's Netlify _headers file that match <paramref name="requested"/> (the path
    /// itself, or a prefix ending in <c>*</c>), as Netlify applies them: a later rule's value of a header replaces an
    /// earlier one's.
    /// </summary>
    private IEnumerable<(string Name, string Value)> HeadersFor(string requested)
    {
        var path = Path.Combine(root, "_headers");
        if (!File.Exists(path))
        {
            return [];
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var inRule = false;
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length > 0 && !char.IsWhiteSpace(line[0]))
            {
                var rule = line.Trim();
                inRule = !rule.StartsWith('#') && (rule == requested || (rule.EndsWith('*') && requested.StartsWith(rule[..^1], StringComparison.Ordinal)));
            }
            else if (inRule && line.Trim().Split(':', 2) is [var name, var value] && !line.TrimStart().StartsWith('#'))
            {
                headers[name.Trim()] = value.Trim();
            }
        }

        return headers.Select(h => (h.Key, h.Value));
    }

    public static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
