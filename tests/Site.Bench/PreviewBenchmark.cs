using System.Diagnostics;
using System.Globalization;

namespace Site.Bench;

/// <summary>
/// <c>preview [--count 4000] [--edits 20]</c>: starts <c>site preview</c> (Release, compiled at run time) on the generated
/// corpus, then edits one story N times, each time timing from the moment the file is saved to the moment the
/// story page with the new sentence has been served. It does what an open browser tab does: it listens to the
/// preview's events and, when told the page changed, asks for it once. The time includes the watcher's wait for
/// the burst of file events to end, the rebuild, the event and the request.
/// </summary>
public static class PreviewBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var count = 4000;
        var edits = 20;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--count": count = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--edits": edits = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                default: Console.Error.WriteLine($"unknown option {args[i]}"); return 2;
            }
        }

        var repo = BuildBenchmark.FindRepository();
        // Editors start the preview with 'dotnet run', which compiles at run time; ReadyToRun code (what the
        // deployed build uses for a fast start) is never recompiled with tiered compilation off, and is slower here.
        var site = BuildBenchmark.Publish(repo, readyToRun: false);
        var corpus = Path.Combine(Path.GetTempPath(), "site-bench", $"corpus-{count}");
        if (!Directory.Exists(corpus))
        {
            CorpusWriter.Write(corpus, count, seed: 42);
        }

        var alerts = Path.Combine(corpus, "input", "alerts");
        if (Directory.Exists(alerts))
        {
            Directory.Delete(alerts, recursive: true);
        }

        var port = FreePort();
        var start = new ProcessStartInfo(site) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "preview", "--port", port.ToString(CultureInfo.InvariantCulture), "--input", Path.Combine(corpus, "input"), "--theme", Path.Combine(repo, "theme"), "--today", "2026-11-25" })
        {
            start.ArgumentList.Add(arg);
        }

        using var preview = Process.Start(start)!;
        var log = new List<string>();
        preview.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.Add(e.Data); } } };
        preview.BeginErrorReadLine();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        var story = Directory.EnumerateFiles(Path.Combine(corpus, "input", "stories"), "*.md").Order(StringComparer.Ordinal).First();
        var url = $"stories/{Path.GetFileNameWithoutExtension(story)}/";
        var original = await File.ReadAllTextAsync(story);
        try
        {
            var ready = Stopwatch.StartNew();
            while (!await Serves(http, url, "</html>"))
            {
                if (ready.Elapsed > TimeSpan.FromMinutes(2) || preview.HasExited)
                {
                    Console.Error.WriteLine("the preview did not start:\n" + string.Join('\n', log));
                    return 1;
                }

                await Task.Delay(50);
            }

            Console.WriteLine($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}; {count} stories; first build and serve: {ready.Elapsed.TotalSeconds:0.00} s; editing {Path.GetFileName(story)} {edits} times");
            Console.WriteLine("edit  saved_to_served_ms");
            using var events = await http.GetStreamAsync("__preview/events");
            using var reader = new StreamReader(events);
            var times = new List<double>();
            for (var edit = 1; edit <= edits; edit++)
            {
                var marker = $"Preview benchmark edit {edit} {Guid.NewGuid():N}.";
                await File.WriteAllTextAsync(story, original.TrimEnd() + "\n\n" + marker + "\n");
                var clock = Stopwatch.StartNew();
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
                while (true)
                {
                    var line = await reader.ReadLineAsync(timeout.Token);
                    if (line is null)
                    {
                        Console.Error.WriteLine("the preview closed its events:\n" + string.Join('\n', log.TakeLast(20)));
                        return 1;
                    }

                    if (line.StartsWith("data: {\"urls\"", StringComparison.Ordinal) && line.Contains($"\"/{url}\"", StringComparison.Ordinal))
                    {
                        break;
                    }
                }

                if (!await Serves(http, url, marker))
                {
                    Console.Error.WriteLine($"edit {edit}: the page the preview said had changed does not have the new text");
                    return 1;
                }

                times.Add(clock.Elapsed.TotalMilliseconds);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{edit,4}  {clock.Elapsed.TotalMilliseconds,18:0.0}"));
                await Task.Delay(150);
            }

            times.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median {times[times.Count / 2]:0.0} ms, best {times[0]:0.0} ms, worst {times[^1]:0.0} ms from saving a story to the preview serving its new text ({count} stories)"));
            lock (log)
            {
                Console.WriteLine("preview's own rebuild times: " + string.Join(", ", log.Where(l => l.Contains(" in ", StringComparison.Ordinal) && l.StartsWith("site preview: rebuilt", StringComparison.Ordinal)).TakeLast(edits).Select(l => l[(l.LastIndexOf(" in ", StringComparison.Ordinal) + 4)..])));
            }

            return 0;
        }
        finally
        {
            await File.WriteAllTextAsync(story, original);
            preview.Kill(entireProcessTree: true);
            await preview.WaitForExitAsync();
        }
    }

    private static async Task<bool> Serves(HttpClient http, string url, string text)
    {
        try
        {
            return (await http.GetStringAsync(url)).Contains(text, StringComparison.Ordinal);
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
