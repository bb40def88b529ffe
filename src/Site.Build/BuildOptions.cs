using Site.Content.Model;

namespace Site.Build;

/// <summary>The options of one build, as the command line gives them.</summary>
public sealed record BuildOptions
{
    public string Input { get; init; } = "input";

    public string Theme { get; init; } = "theme";

    public string Output { get; init; } = "output";

    /// <summary>Overrides "today" (in the site's time zone); null means the clock's date.</summary>
    public DateOnly? Today { get; init; }

    public DeployContext Context { get; init; } = DeployContext.Dev;

    public bool IncludeDrafts { get; init; }

    /// <summary>Overrides <c>base_url</c> from site.yml.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Where to write the JSON build report, if anywhere.</summary>
    public string? Report { get; init; }

    /// <summary>The folder that relative paths in messages are relative to.</summary>
    public string WorkingDirectory { get; init; } = Directory.GetCurrentDirectory();

    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>A preview's session: results kept from the builds before this one. Null for a plain build.</summary>
    public BuildSession? Session { get; init; }

    /// <summary>Whether to write the site to <see cref="Output"/> (a preview serves it from memory instead).</summary>
    public bool WriteOutput { get; init; } = true;

    /// <summary>Shows stories waiting for their authorization, marked (only the preview sets it; it never writes output).</summary>
    public bool ShowPending { get; init; }

    /// <summary>Overrides where theme assets are published (a preview uses a fixed path, so a CSS edit changes no page).</summary>
    public string? AssetsPath { get; init; }

    /// <summary>
    /// Where resized photos are kept between builds (by the hash of their bytes and the image settings), so that an
    /// unchanged photo is never encoded again; null keeps nothing (every build encodes every photo).
    /// </summary>
    public string? ImageCache { get; init; }

    /// <summary>
    /// Where the build cache is kept (the key and result of the last successful build), so that a build of exactly the
    /// same inputs, theme, settings and day replays that result and leaves the output as it is; null keeps none.
    /// Only a build that writes its output without a preview's session uses it.
    /// </summary>
    public string? BuildCache { get; init; }

    /// <summary>The HTTP handler used to ask the comment server for vote totals; null for a default one. Tests pass one in.</summary>
    public HttpMessageHandler? CommentServerHandler { get; init; }

    /// <summary>
    /// The Pagefind binary that indexes the written site for search (<c>site build</c> passes the one <c>npm ci</c> in
    /// tools/pagefind installs); when the file is not there the build warns once (SG1030) and the search page says search
    /// is unavailable. Null makes no index and says nothing (a preview, tests, <c>--search off</c>).
    /// </summary>
    public string? Pagefind { get; init; }

    /// <summary>Whether a missing <see cref="Pagefind"/> binary is an error (SG1032) rather than a warning: CI and Netlify.</summary>
    public bool SearchRequired { get; init; }

    /// <summary>Where the build records how long each stage and step took (<c>--timings</c>); null records nothing.</summary>
    public Engine.Pipelines.RunTimings? Timings { get; init; }
}
