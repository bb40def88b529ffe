namespace Site.Validation.External;

/// <summary>
/// How links to other sites are checked (only with <c>--external</c>): concurrency overall and per host, the
/// timeout of one request, retries with backoff on 429 and 503, and a cache of URLs found good recently.
/// </summary>
public sealed record ExternalLinkOptions
{
    public int MaxConcurrency { get; init; } = 16;

    public int PerHostLimit { get; init; } = 2;

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    public int Retries { get; init; } = 3;

    /// <summary>The first wait before a retry; each further wait doubles it. A Retry-After header is honoured up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan Backoff { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Where good results are remembered; null for no cache.</summary>
    public string? CachePath { get; init; }

    public TimeSpan CacheFor { get; init; } = TimeSpan.FromDays(7);

    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>The HTTP handler; null uses a new <see cref="SocketsHttpHandler"/>. Tests pass one in.</summary>
    public HttpMessageHandler? Handler { get; init; }

    public string UserAgent { get; init; } = "site-link-check/1.0 (+static site generator)";
}
