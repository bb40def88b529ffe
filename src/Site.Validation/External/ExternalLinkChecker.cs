using System.Collections.Concurrent;
using System.Globalization;
using System.Net;

namespace Site.Validation.External;

/// <summary>
/// Checks links to other sites: all URLs at once, bounded overall and per host; HEAD first, GET when HEAD is
/// refused; redirects followed; 429 and 503 retried with exponential backoff (honouring Retry-After); a request
/// that takes longer than the timeout is reported as unreachable; URLs found good recently come from the cache.
/// </summary>
public sealed class ExternalLinkChecker(ExternalLinkOptions options)
{
    public async Task<IReadOnlyDictionary<Uri, ExternalResult>> CheckAsync(IEnumerable<Uri> urls, CancellationToken cancellationToken)
    {
        var distinct = urls.Select(WithoutFragment).Distinct().OrderBy(u => u.AbsoluteUri, StringComparer.Ordinal).ToList();
        var cache = LinkCache.Load(options.CachePath);
        var now = options.Clock.GetUtcNow();
        var results = new ConcurrentDictionary<Uri, ExternalResult>();
        var hosts = new ConcurrentDictionary<string, SemaphoreSlim>(StringComparer.OrdinalIgnoreCase);
        using var handler = options.Handler is null ? new SocketsHttpHandler { AllowAutoRedirect = true, MaxAutomaticRedirections = 10 } : null;
        using var client = new HttpClient(options.Handler ?? handler!, disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxConcurrency), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(distinct, parallel, async (url, token) =>
        {
            if (cache.IsFresh(url.AbsoluteUri, now, options.CacheFor))
            {
                results[url] = new ExternalResult(true, null, "good in the cache", FromCache: true);
                return;
            }

            var gate = hosts.GetOrAdd(url.Authority, _ => new SemaphoreSlim(Math.Max(1, options.PerHostLimit)));
            await gate.WaitAsync(token).ConfigureAwait(false);
            try
            {
                results[url] = await CheckOneAsync(client, url, token).ConfigureAwait(false);
            }
            finally
            {
                gate.Release();
            }
        }).ConfigureAwait(false);

        foreach (var (url, result) in results.Where(r => r.Value.Ok && !r.Value.FromCache))
        {
            cache.MarkGood(url.AbsoluteUri, now);
        }

        cache.Save(options.CachePath, now, options.CacheFor);
        return results;
    }

    public static Uri WithoutFragment(Uri url) => url.Fragment.Length == 0 ? url : new UriBuilder(url) { Fragment = string.Empty }.Uri;

    private async Task<ExternalResult> CheckOneAsync(HttpClient client, Uri url, CancellationToken cancellationToken)
    {
        var method = HttpMethod.Head;
        for (var attempt = 0; ; attempt++)
        {
            // The timeout runs on the options' clock, like the backoff, so tests decide when it has passed.
            using var expiry = new CancellationTokenSource(options.Timeout, options.Clock);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, expiry.Token);
            HttpResponseMessage response;
            try
            {
                using var request = new HttpRequestMessage(method, url);
                response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return new ExternalResult(false, null, $"no answer within {options.Timeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s");
            }
            catch (HttpRequestException exception)
            {
                return new ExternalResult(false, null, exception.Message);
            }

            using (response)
            {
                var status = (int)response.StatusCode;
                if (response.IsSuccessStatusCode)
                {
                    return new ExternalResult(true, status, $"answered {status}");
                }

                if (response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable && attempt < options.Retries)
                {
                    await Task.Delay(BackoffFor(response, attempt), options.Clock, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                if (method == HttpMethod.Head && status is not (429 or 503))
                {
                    // Many servers refuse or mishandle HEAD; ask once more with GET before calling the link broken.
                    method = HttpMethod.Get;
                    continue;
                }

                return new ExternalResult(false, status, $"answered {status} {response.ReasonPhrase}".TrimEnd());
            }
        }
    }

    private TimeSpan BackoffFor(HttpResponseMessage response, int attempt)
    {
        var wait = response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - options.Clock.GetUtcNow(),
            _ => options.Backoff * Math.Pow(2, attempt),
        };
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait > options.MaxBackoff ? options.MaxBackoff : wait;
    }
}
