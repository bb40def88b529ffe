using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Site.Engine.Diagnostics;
using Site.Engine.Documents;

namespace Site.Preview;

/// <summary>
/// Serves the preview's last good site from memory on 127.0.0.1 only, and tells open tabs what changed over
/// server-sent events (<c>/__preview/events</c>): a changed page reloads, a changed stylesheet is swapped in place,
/// a failed build shows its errors in an overlay until the next good build. The small script that listens
/// (<c>/__preview/live.js</c>) is added to HTML as it is served; it is never part of the built site.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    public const string ScriptPath = "/__preview/live.js";
    public const string EventsPath = "/__preview/events";
    public const string StatusPath = "/__preview/status";

    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".mjs"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json",
        [".svg"] = "image/svg+xml",
        [".xml"] = "application/xml; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".webp"] = "image/webp",
        [".gif"] = "image/gif",
        [".ico"] = "image/x-icon",
        [".woff2"] = "font/woff2",
        [".mp4"] = "video/mp4",
        [".vtt"] = "text/vtt; charset=utf-8",
        [".pdf"] = "application/pdf",
    };

    private static readonly byte[] LiveScript = ReadLiveScript();
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private readonly PreviewSession session;
    private readonly Func<string, string?> fixFor;
    private readonly HttpListener listener = new();
    private readonly List<HttpListenerResponse> clients = [];
    private readonly object clientsLock = new();
    private readonly Task loop;
    private readonly Timer heartbeat;

    private PreviewServer(PreviewSession session, Func<string, string?> fixFor, int port)
    {
        this.session = session;
        this.fixFor = fixFor;
        Origin = $"http://127.0.0.1:{port}";
        listener.Prefixes.Add(Origin + "/");
        listener.Start();
        loop = Task.Run(ServeAsync);
        heartbeat = new Timer(_ => Broadcast(": keep-alive\n\n"), null, TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(15));
    }

    public string Origin { get; }

    /// <summary>Starts serving on 127.0.0.1:<paramref name="port"/>; null (with the reason) when the port is taken.</summary>
    /// <param name="session">The builds to serve.</param>
    /// <param name="fixFor">What to do about a diagnostic code (the "Fix:" of docs/errors.md), shown in the error overlay.</param>
    /// <param name="port">The port on 127.0.0.1.</param>
    /// <param name="problem">Why the server could not start, when it could not.</param>
    public static PreviewServer? TryStart(PreviewSession session, Func<string, string?> fixFor, int port, out string? problem)
    {
        problem = null;
        try
        {
            // HttpListener on Linux may share a port another process already listens on; ask the socket first.
            using (var probe = new TcpListener(IPAddress.Loopback, port))
            {
                probe.Start();
                probe.Stop();
            }

            return new PreviewServer(session, fixFor, port);
        }
        catch (Exception exception) when (exception is SocketException or HttpListenerException)
        {
            problem = $"port {port} on 127.0.0.1 is in use (is another preview running?); stop it or pass --port with another number, such as --port {port + 1}";
            return null;
        }
    }

    /// <summary>Tells every open tab about a rebuild: reload these URLs, swap the stylesheets, or show the errors.</summary>
    public void Announce(PreviewUpdate update)
    {
        if (!update.Succeeded)
        {
            Broadcast(Event("errors", ErrorsJson(update.Diagnostics)));
            return;
        }

        Broadcast(Event("ok", "{}"));
        if (update.StylesChanged)
        {
            Broadcast(Event("styles", "{}"));
        }

        if (update.PagesToReload.Any())
        {
            Broadcast(Event("reload", JsonSerializer.Serialize(new { urls = update.PagesToReload })));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await heartbeat.DisposeAsync().ConfigureAwait(false);
        listener.Stop();
        lock (clientsLock)
        {
            foreach (var client in clients)
            {
                client.Abort();
            }

            clients.Clear();
        }

        listener.Close();
        try
        {
            await loop.ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException)
        {
            // Stopped.
        }
    }

    private static string Event(string name, string data) => $"event: {name}\ndata: {data}\n\n";

    private string ErrorsJson(IEnumerable<Diagnostic> diagnostics) =>
        JsonSerializer.Serialize(
            diagnostics.Where(d => d.IsError).Take(50).Select(d => new
            {
                file = d.Location.Path,
                line = d.Location.Line,
                column = d.Location.Column,
                endColumn = d.Location.EndColumn,
                code = d.Code,
                message = d.Message,
                fix = fixFor(d.Code),
                text = d.ToString(),
            }),
            Json);

    private void Broadcast(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        lock (clientsLock)
        {
            for (var i = clients.Count - 1; i >= 0; i--)
            {
                try
                {
                    clients[i].OutputStream.Write(bytes);
                    clients[i].OutputStream.Flush();
                }
                catch (Exception exception) when (exception is IOException or HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    clients[i].Abort();
                    clients.RemoveAt(i);
                }
            }
        }
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => Handle(context));
        }
    }

    private void Handle(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath);
            response.Headers["Cache-Control"] = "no-store";
            switch (path)
            {
                case ScriptPath:
                    Send(response, 200, "text/javascript; charset=utf-8", LiveScript);
                    return;
                case EventsPath:
                    OpenEvents(response);
                    return;
                case StatusPath:
                    Send(response, 200, "application/json", Encoding.UTF8.GetBytes(session.Failing ? ErrorsJson(session.Diagnostics) : "[]"));
                    return;
            }

            ServeSite(response, path);
        }
        catch (Exception exception) when (exception is IOException or HttpListenerException or ObjectDisposedException or InvalidOperationException)
        {
            // The browser went away.
        }
    }

    private void OpenEvents(HttpListenerResponse response)
    {
        response.StatusCode = 200;
        response.ContentType = "text/event-stream";
        response.SendChunked = true;
        var hello = Encoding.UTF8.GetBytes("retry: 500\n\n" + (session.Failing ? Event("errors", ErrorsJson(session.Diagnostics)) : string.Empty));
        response.OutputStream.Write(hello);
        response.OutputStream.Flush();
        lock (clientsLock)
        {
            clients.Add(response);
        }
    }

    private void ServeSite(HttpListenerResponse response, string path)
    {
        if (session.Current is not { } site)
        {
            Send(response, 503, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(Inject("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Preview</title></head><body><main><h1>The site has not built yet</h1><p>Fix the errors shown here; the page reloads by itself.</p></main></body></html>", missing: true)));
            return;
        }

        var relative = path.TrimStart('/');
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            relative += "index.html";
        }
        else if (site.Find(relative) is null && site.Find(relative + "/index.html") is not null)
        {
            response.StatusCode = 301;
            response.RedirectLocation = path + "/";
            response.Close();
            return;
        }

        var type = Types.GetValueOrDefault(Path.GetExtension(relative), "application/octet-stream");
        if (site.Find(relative) is { } document && Body(document, type.StartsWith("text/html", StringComparison.Ordinal), missing: false) is { } bytes)
        {
            Send(response, 200, type, bytes);
            return;
        }

        var notFound = site.Find("404.html") is { } page && Body(page, html: true, missing: true) is { } html ? html : Encoding.UTF8.GetBytes(Inject("<!DOCTYPE html><title>Not found</title><p>Not found</p>", missing: true));
        Send(response, 404, "text/html; charset=utf-8", notFound);
    }

    /// <summary>A file's bytes as served: HTML with the live script added, anything else as it is.</summary>
    private static byte[]? Body(Document document, bool html, bool missing) => document.Content switch
    {
        TextContent text => Encoding.UTF8.GetBytes(html ? Inject(text.Text, missing) : text.Text),
        BytesContent bytes => bytes.Bytes.ToArray(),
        FileContent file when File.Exists(file.FullPath) => html ? Encoding.UTF8.GetBytes(Inject(File.ReadAllText(file.FullPath), missing)) : File.ReadAllBytes(file.FullPath),
        _ => null,
    };

    /// <summary>Adds the live script before <c>&lt;/body&gt;</c>; a missing page reloads on any change (it may be the page being written).</summary>
    private static string Inject(string text, bool missing)
    {
        var tag = $"<script src=\"{ScriptPath}\"{(missing ? " data-missing" : string.Empty)}></script>";
        var at = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? text + tag : text.Insert(at, tag + "\n");
    }

    private static void Send(HttpListenerResponse response, int status, string type, byte[] body)
    {
        response.StatusCode = status;
        response.ContentType = type;
        response.ContentLength64 = body.Length;
        response.OutputStream.Write(body);
        response.Close();
    }

    private static byte[] ReadLiveScript()
    {
        using var stream = typeof(PreviewServer).Assembly.GetManifestResourceStream("live.js")!;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
