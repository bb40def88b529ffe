using Site.Validation.External;

namespace Site.Cli.Commands;

/// <summary>The options of <c>site check</c>.</summary>
public sealed record CheckSettings(string Folder, bool External, bool Json, string? BaseUrl, string CachePath, bool FirstParty = false)
{
    public const string DefaultCache = ".site-cache/external-links.json";

    public const string Help = """
        usage: site check [DIR] [options]

        Checks every HTML page of DIR (default: output): links, #fragments, images (and srcset), scripts,
        stylesheets, frames, media, objects, meta refresh, mailto: and tel:, and alt text. Exit code 1 when
        anything fails.

          --external           also check http and https links to other sites (off by default)
          --first-party        fail on anything loaded from another origin and on inline scripts,
                               as our site's Content-Security-Policy would block them (site build does this)
          --format text|json   text lines (default) or one JSON document on stdout
          --base-url URL       the site's own address: absolute links to it are checked as internal
          --cache FILE         where external links found good are remembered for 7 days
                               (default: .site-cache/external-links.json)
        """;

    public static CheckSettings Parse(string[] args)
    {
        string? folder = null;
        var external = false;
        var json = false;
        string? baseUrl = null;
        var cache = DefaultCache;
        var firstParty = false;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            string Value() => i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal)
                ? args[++i]
                : throw new UsageException($"option {arg} needs a value");
            switch (arg)
            {
                case "--external":
                    external = true;
                    break;
                case "--first-party":
                    firstParty = true;
                    break;
                case "--format":
                    json = Value() switch
                    {
                        "json" => true,
                        "text" => false,
                        var other => throw new UsageException($"--format must be text or json; found '{other}'"),
                    };
                    break;
                case "--base-url":
                    baseUrl = Value();
                    break;
                case "--cache":
                    cache = Value();
                    break;
                default:
                    if (arg.StartsWith("--", StringComparison.Ordinal) || folder is not null)
                    {
                        throw new UsageException($"unknown option or extra folder '{arg}' for 'site check'");
                    }

                    folder = arg;
                    break;
            }
        }

        return new CheckSettings(folder ?? "output", external, json, baseUrl, cache, firstParty);
    }

    public ExternalLinkOptions? ExternalOptions() => External ? new ExternalLinkOptions { CachePath = CachePath } : null;
}
