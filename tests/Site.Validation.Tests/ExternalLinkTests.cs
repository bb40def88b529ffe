using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Site.Testing;
using Site.Validation.External;
using Site.Validation.Links;
using Site.Validation.Stage;
using Xunit;

namespace Site.Validation.Tests;

/// <summary>External links against a real HTTP server on 127.0.0.1 that answers 200, 301, 404, 429, 503, refuses HEAD, and hangs;
/// every wait (timeouts, backoff) is on a clock the test moves.</summary>
public sealed class ExternalLinkTests : IAsyncDisposable
{
    private readonly HttpListener listener = new();
    private readonly ConcurrentQueue<string> requests = new();
    private readonly ConcurrentDictionary<string, int> hits = new();
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;
    private int concurrent;
    private int peakConcurrent;

    public ExternalLinkTests()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Origin = $"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}";
        probe.Stop();
        listener.Prefixes.Add(Origin + "/");
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    private string Origin { get; }

    [Fact]
    public async Task Good_redirected_broken_throttled_and_refused_links_are_told_apart()
    {
        using var temp = new TempDirectory();
        var links = new[] { "/ok", "/moved", "/gone", "/busy-once", "/busy-always", "/down-once", "/no-head", "/ok#section" };

        // The clock never moves, so no answer can be late: what is checked is how answers are read, not how fast they come.
        var report = await Check(links, temp.Combine("cache.json"), new ManualClock());

        var failures = report.Failures.Select(f => $"{f.Diagnostic.Code} {f.Target} {f.Diagnostic.Message}").ToList();
        Assert.Equal(2, failures.Count);
        Assert.Contains(failures, f => f.StartsWith($"SG3020 {Origin}/gone ", StringComparison.Ordinal) && f.Contains("answered 404", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith($"SG3020 {Origin}/busy-always ", StringComparison.Ordinal) && f.Contains("answered 429", StringComparison.Ordinal));
        Assert.Equal(3, hits["/busy-always"]);
        Assert.Equal(2, hits["/busy-once"]);
        Assert.Contains("GET /no-head", requests);
        Assert.Equal(1, hits["/ok"]);
    }

    [Fact]
    public async Task A_server_that_does_not_answer_within_the_timeout_is_unreachable()
    {
        var clock = new ManualClock();
        // Only the hanging URL: advancing the clock fires every armed timeout, so a second link still in flight
        // under load would time out too (a run under stress-ng showed it).
        var checking = Check(["/hang"], null, clock);

        // Once the request is with the server (its timeout armed before it was sent), the timeout passes.
        await Eventually.True(() => requests.Contains("HEAD /hang"), "the request for /hang", TestContext.Current.CancellationToken);
        clock.Advance(TimeSpan.FromSeconds(0.5));
        var report = await checking;

        var failure = Assert.Single(report.Failures);
        Assert.Equal("SG3021", failure.Diagnostic.Code);
        Assert.Equal($"{Origin}/hang", failure.Target);
        Assert.Contains("no answer within 0.5 s", failure.Diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_url_found_good_is_not_asked_again_for_seven_days()
    {
        using var temp = new TempDirectory();
        var cache = temp.Combine("links.json");
        var clock = new ManualClock();

        await Check(["/ok", "/gone"], cache, clock);
        clock.Advance(TimeSpan.FromDays(6));
        await Check(["/ok", "/gone"], cache, clock);
        Assert.Equal(1, hits["/ok"]);
        Assert.Equal(4, hits["/gone"]); // HEAD then GET, both runs: a broken link is always asked again

        clock.Advance(TimeSpan.FromDays(2));
        await Check(["/ok"], cache, clock);
        Assert.Equal(2, hits["/ok"]);
    }

    [Fact]
    public async Task Requests_to_one_host_are_limited()
    {
        var links = Enumerable.Range(0, 12).Select(i => $"/slow/{i}").ToArray();

        var report = await Check(links, null, new ManualClock(), perHost: 2);

        Assert.Empty(report.Failures);
        Assert.InRange(peakConcurrent, 1, 2);
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        listener.Close();
        try
        {
            await loop;
        }
        catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException)
        {
            // Stopped.
        }

        stop.Dispose();
    }

    private async Task<LinkReport> Check(string[] paths, string? cache, ManualClock clock, int perHost = 4)
    {
        var html = "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body>"
            + string.Concat(paths.Select(p => $"<a href=\"{Origin}{p}\">x</a>\n")) + "</body></html>";
        var options = new ValidationOptions
        {
            External = new ExternalLinkOptions
            {
                Timeout = TimeSpan.FromSeconds(0.5),
                Backoff = TimeSpan.Zero,
                Retries = 2,
                PerHostLimit = perHost,
                CachePath = cache,
                Clock = clock,
            },
        };
        return await new LinkChecker(options).CheckAsync([new PageSource("index.html", html)], new HashSet<string> { "index.html" }, cancellationToken: TestContext.Current.CancellationToken);
    }

    private async Task ServeAsync()
    {
        while (!stop.IsCancellationRequested)
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

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var path = context.Request.Url!.AbsolutePath;
        var method = context.Request.HttpMethod;
        requests.Enqueue($"{method} {path}");
        var count = hits.AddOrUpdate(path, 1, (_, n) => n + 1);
        var response = context.Response;
        try
        {
            switch (path)
            {
                case "/ok":
                    response.StatusCode = 200;
                    break;
                case "/moved":
                    response.StatusCode = 301;
                    response.RedirectLocation = Origin + "/ok-after-move";
                    break;
                case "/ok-after-move":
                    response.StatusCode = 200;
                    break;
                case "/gone":
                    response.StatusCode = 404;
                    break;
                case "/busy-once":
                    response.StatusCode = count == 1 ? 429 : 200;
                    break;
                case "/busy-always":
                    response.StatusCode = 429;
                    response.AddHeader("Retry-After", "0");
                    break;
                case "/down-once":
                    response.StatusCode = count == 1 ? 503 : 200;
                    break;
                case "/no-head":
                    response.StatusCode = method == "HEAD" ? 405 : 200;
                    break;
                case "/hang":
                    await Task.Delay(TimeSpan.FromSeconds(5), stop.Token).ContinueWith(_ => { }, TaskScheduler.Default);
                    response.StatusCode = 200;
                    break;
                default:
                    var now = Interlocked.Increment(ref concurrent);
                    Counters.InterlockedMax(ref peakConcurrent, now);
                    await Task.Delay(60);
                    Interlocked.Decrement(ref concurrent);
                    response.StatusCode = 200;
                    break;
            }

            response.Close();
        }
        catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
        {
            // The client gave up (the hanging case) or the server stopped.
        }
    }
}
