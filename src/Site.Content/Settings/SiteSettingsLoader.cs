using Site.Content.FrontMatter;
using Site.Content.Model;
using Site.Engine.Diagnostics;
using Site.Engine.Files;
using Site.Engine.Links;

namespace Site.Content.Settings;

/// <summary>Reads <c>input/site.yml</c> with the same strict schema as front matter, plus the rules between its fields.</summary>
public static class SiteSettingsLoader
{
    public const string FileName = "site.yml";

    public static (SiteSettings Settings, TimeZoneInfo TimeZone)? Load(string fullPath, string displayPath, SourceReader reader, DiagnosticBag diagnostics)
    {
        // The file's findings are collected apart: the bag given is shared with the theme and the alerts, read at the
        // same time, and their errors must not make good settings count as failed.
        var own = new DiagnosticBag();
        var loaded = Read(fullPath, displayPath, reader, own);
        diagnostics.ReportAll(own.ToList());
        return loaded;
    }

    private static (SiteSettings Settings, TimeZoneInfo TimeZone)? Read(string fullPath, string displayPath, SourceReader reader, DiagnosticBag diagnostics)
    {
        if (!File.Exists(fullPath))
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.FolderMissing, new SourceLocation(displayPath), $"the site's settings file is missing; create {displayPath} (see README.md, 'Site settings')"));
            return null;
        }

        var source = reader.Read(fullPath, displayPath, diagnostics);
        var mapping = source is null ? null : YamlLoader.LoadMapping(source.Text, displayPath, 1, diagnostics);
        var bound = mapping is null ? null : StrictBinder.Bind<SiteSettings>(mapping, displayPath, 1, diagnostics);
        if (bound is null)
        {
            return null;
        }

        var settings = bound.Value;
        var at = bound.Locations;
        var errors = diagnostics.ErrorCount;
        if (!Uri.TryCreate(settings.BaseUrl, UriKind.Absolute, out var baseUri) || baseUri.Scheme is not ("https" or "http"))
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.InvalidValue, at["base_url"], $"'base_url' must be an absolute http or https address such as https://stories.example.org; found '{settings.BaseUrl}'"));
        }

        TimeZoneInfo? zone = null;
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(settings.TimeZone);
        }
        catch (Exception exception) when (exception is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.InvalidValue, at["time_zone"], $"'time_zone' must be an IANA time zone such as America/Chicago; found '{settings.TimeZone}'"));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < settings.ServiceLines.Count; i++)
        {
            var slug = settings.ServiceLines[i].Slug;
            if (!ContentRules.IsSlug(slug))
            {
                diagnostics.Report(Diagnostic.Error(DiagnosticCodes.InvalidValue, at[$"service_lines[{i}].slug"], $"the service line slug '{slug}' must be {ContentRules.SlugShape}"));
            }
            else if (!seen.Add(slug))
            {
                diagnostics.Report(Diagnostic.Error(DiagnosticCodes.InvalidValue, at[$"service_lines[{i}].slug"], $"the service line '{slug}' is listed twice in 'service_lines'; keep one (each slug names one page, /services/{slug}/)"));
            }
        }

        if (settings.PageSize < 1)
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.InvalidValue, at["page_size"], $"'page_size' must be 1 or more; found {settings.PageSize}"));
        }

        if (settings.HomeStories < 0)
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.InvalidValue, at["home_stories"], $"'home_stories' must be 0 or more; found {settings.HomeStories}"));
        }

        for (var i = 0; i < settings.Nav.Count; i++)
        {
            if (!settings.Nav[i].Url.StartsWith('/'))
            {
                diagnostics.Report(Diagnostic.Error(DiagnosticCodes.InvalidValue, at[$"nav[{i}].url"], $"'nav[{i}].url' must be a site path starting with '/', such as /stories/; found '{settings.Nav[i].Url}'"));
            }
        }

        for (var i = 0; i < (settings.LinkSchemes?.Count ?? 0); i++)
        {
            if (!UrlSchemes.CanAllow(settings.LinkSchemes![i]))
            {
                diagnostics.Report(Diagnostic.Error(DiagnosticCodes.InvalidValue, at[$"link_schemes[{i}]"], $"'{settings.LinkSchemes[i]}' cannot be allowed in 'link_schemes': write a scheme name without ':' (such as sms), and never {string.Join(", ", UrlSchemes.Never)}"));
            }
        }

        if (settings.Images is { } images)
        {
            for (var i = 0; i < (images.Widths?.Count ?? 0); i++)
            {
                if (images.Widths![i] is < ImageSettings.MinWidth or > ImageSettings.MaxWidth)
                {
                    diagnostics.Report(Diagnostic.Error(DiagnosticCodes.InvalidValue, at[$"images.widths[{i}]"], $"'images.widths' are widths in pixels from {ImageSettings.MinWidth} to {ImageSettings.MaxWidth}, such as 480, 800, 1200, 1600; found {images.Widths[i]}"));
                }
            }

            if (images.Quality is < 1 or > 100)
            {
                diagnostics.Report(Diagnostic.Error(DiagnosticCodes.InvalidValue, at["images.quality"], $"'images.quality' is the JPEG and WebP quality from 1 to 100 (80 is a good balance of size and look); found {images.Quality}"));
            }
        }

        if (settings.Comments is { } comments)
        {
            Comments.CommentProviders.For(comments.Provider).Validate(comments, at, diagnostics);
            if (!comments.Guidelines.StartsWith('/'))
            {
                diagnostics.Report(Diagnostic.Error(DiagnosticCodes.InvalidValue, at["comments.guidelines"], $"'comments.guidelines' must be a site path such as /community-guidelines/; found '{comments.Guidelines}'"));
            }
        }

        if (settings.LanguageAssistance is { } assistance)
        {
            CheckTaglines(assistance, settings.Language, at, diagnostics);
        }

        return diagnostics.ErrorCount == errors && zone is not null ? (settings, zone) : null;
    }

    /// <summary>Each tagline's language is a known language tag, listed once, and not the site's own (the notice is in it).</summary>
    private static void CheckTaglines(LanguageAssistance assistance, string siteLanguage, FieldLocations at, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < assistance.Languages.Count; i++)
        {
            var lang = assistance.Languages[i].Lang.Trim();
            var where = at[$"language_assistance.languages[{i}].lang"];
            if (!Formats.LanguageNames.IsKnown(lang))
            {
                var shape = Formats.PageLanguage.IsWellFormed(lang) ? $"'{lang.Split('-')[0]}' is not a language code the site knows" : "it is not a language tag";
                diagnostics.Report(Diagnostic.Error(DiagnosticCodes.TaglineLanguageInvalid, where, $"the tagline language '{lang}' is not valid: {shape}; write a BCP 47 tag such as es, zh-Hant, vi, ar or ht (ISO 639 codes, see README.md, 'Language access')"));
            }
            else if (seen.TryGetValue(lang, out var first))
            {
                diagnostics.Report(Diagnostic.Error(DiagnosticCodes.TaglineLanguageTwice, where, $"the language '{lang}' has a tagline already (language_assistance.languages[{first}]); keep one tagline per language"));
            }
            else if (Formats.LanguageNames.SameLanguage(lang, siteLanguage))
            {
                diagnostics.Report(Diagnostic.Error(DiagnosticCodes.TaglineInSiteLanguage, where, $"'{lang}' is the site's own language ('language: {siteLanguage}'); the notice is already in it, so the taglines are for the other languages of your state"));
            }
            else
            {
                seen[lang] = i;
            }
        }
    }
}
