using System.Globalization;
using Site.Build;
using Site.Content.Model;

namespace Site.Cli.Commands;

/// <summary>Parses the options of <c>site build</c> into <see cref="BuildOptions"/>.</summary>
public static class BuildSettings
{
    public const string Help = """
        usage: site build [options]

          --input DIR          content and site.yml (default: input)
          --theme DIR          layouts, partials and assets (default: theme)
          --output DIR         where the site is written (default: output); replaced only when the build succeeds
          --today YYYY-MM-DD   the date the build treats as today (default: today in the site's time zone)
          --context NAME       production, deploy-preview, branch-deploy or dev (default: dev)
          --drafts             also build content marked 'draft: true'
          --base-url URL       override base_url from site.yml
          --report FILE.json   write every diagnostic, file written and file left out to FILE.json
        """;

    public static BuildOptions Parse(string[] args)
    {
        var options = new BuildOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            string Value()
            {
                if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    throw new UsageException($"option {arg} needs a value");
                }

                return args[++i];
            }

            options = arg switch
            {
                "--input" => options with { Input = Value() },
                "--theme" => options with { Theme = Value() },
                "--output" => options with { Output = Value() },
                "--today" => options with { Today = ParseDate(Value()) },
                "--context" => options with { Context = ParseContext(Value()) },
                "--drafts" => options with { IncludeDrafts = true },
                "--base-url" => options with { BaseUrl = Value() },
                "--report" => options with { Report = Value() },
                _ => throw new UsageException($"unknown option '{arg}' for 'site build'"),
            };
        }

        return options;
    }

    private static DateOnly ParseDate(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new UsageException($"--today must be a date in the form YYYY-MM-DD; found '{value}'");

    private static DeployContext ParseContext(string value) => value switch
    {
        "production" => DeployContext.Production,
        "deploy-preview" => DeployContext.DeployPreview,
        "branch-deploy" => DeployContext.BranchDeploy,
        "dev" => DeployContext.Dev,
        _ => throw new UsageException($"--context must be production, deploy-preview, branch-deploy or dev; found '{value}'"),
    };
}
