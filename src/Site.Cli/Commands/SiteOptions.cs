using System.CommandLine;
using Site.Content.Formats;
using Site.Content.Model;

namespace Site.Cli.Commands;

/// <summary>The options several commands share, each defined once, with its check of the value.</summary>
public static class SiteOptions
{
    public static Option<string> Input() => new("--input") { Description = "the content and site.yml", HelpName = "DIR", DefaultValueFactory = _ => "input" };

    public static Option<string> Theme() => new("--theme") { Description = "layouts, partials and assets", HelpName = "DIR", DefaultValueFactory = _ => "theme" };

    public const string DefaultImageCache = ".site-cache/images";

    public static Option<string> ImageCache() => new("--image-cache")
    {
        Description = $"where resized photos are kept between builds, so an unchanged photo is never encoded again (default {DefaultImageCache}; an empty value keeps none)",
        HelpName = "DIR",
        DefaultValueFactory = _ => DefaultImageCache,
    };

    /// <summary>The folder a parsed <see cref="ImageCache"/> option names, or null for none.</summary>
    public static string? ImageCacheOf(System.CommandLine.ParseResult result, Option<string> option) => result.GetValue(option) is { Length: > 0 } folder ? folder : null;

    public const string DefaultBuildCache = ".site-cache/build";

    public static Option<string> BuildCache() => new("--build-cache")
    {
        Description = $"where the last successful build's key and result are kept, so a build with nothing changed leaves the output as it is (default {DefaultBuildCache}; an empty value keeps none)",
        HelpName = "DIR",
        DefaultValueFactory = _ => DefaultBuildCache,
    };

    /// <summary>The folder a parsed <see cref="BuildCache"/> option names, or null for none.</summary>
    public static string? BuildCacheOf(System.CommandLine.ParseResult result, Option<string> option) => result.GetValue(option) is { Length: > 0 } folder ? folder : null;

    public static Option<DateOnly?> Today(string what = "the build") => new("--today")
    {
        Description = $"the date {what} treats as today (default: today in the site's time zone)",
        HelpName = "YYYY-MM-DD",
        CustomParser = result => result.Tokens is [var token] && Dates.ParseIso(token.Value) is { } date
            ? date
            : Fail<DateOnly?>(result, $"--today must be a date in the form YYYY-MM-DD; found '{string.Join(' ', result.Tokens.Select(t => t.Value))}'"),
    };

    public static Option<string> Context(DeployContext fallback)
    {
        var option = new Option<string>("--context")
        {
            Description = "Netlify's deploy context; only production may be indexed",
            HelpName = "NAME",
            DefaultValueFactory = _ => DeployContexts.Name(fallback),
        };
        option.AcceptOnlyFromAmong([.. DeployContexts.AllNames]);
        return option;
    }

    /// <summary>The deploy context a parsed <see cref="Context"/> option names.</summary>
    public static DeployContext ContextOf(System.CommandLine.ParseResult result, Option<string> option) => DeployContexts.Parse(result.GetValue(option)!)!.Value;

    private static T Fail<T>(System.CommandLine.Parsing.ArgumentResult result, string message)
    {
        result.AddError(message);
        return default!;
    }
}
