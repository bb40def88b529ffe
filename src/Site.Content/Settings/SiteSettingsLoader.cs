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

        CheckBrand(settings, at, Path.GetDirectoryName(Path.GetFullPath(fullPath))!, diagnostics);
        CheckTags(settings, at, diagnostics);
        CheckPhone(settings, at, diagnostics);
        if (settings.LanguageAssistance is { } assistance)
        {
            CheckTaglines(assistance, settings.Language, at, diagnostics);
        }

        return diagnostics.ErrorCount == errors && zone is not null ? (settings, zone) : null;
    }

    /// <summary>The file types a logo may be.</summary>
    public static readonly IReadOnlyList<string> LogoTypes = [".svg", ".png", ".jpg", ".jpeg", ".webp"];

    private static void CheckBrand(SiteSettings settings, FieldLocations at, string inputRoot, DiagnosticBag diagnostics)
    {
        if (settings.Brand is not { } brand)
        {
            return;
        }

        if (brand.Logo is { } logo)
        {
            var relative = logo.TrimStart('/');
            var file = Path.Combine(inputRoot, relative.Replace('/', Path.DirectorySeparatorChar));
            if (!logo.StartsWith("/media/", StringComparison.Ordinal) || logo.Contains("..", StringComparison.Ordinal) || logo.Contains('\\'))
            {
                diagnostics.Report(Diagnostic.Error(DiagnosticCodes.BrandLogoInvalid, at["brand.logo"], $"'brand.logo' is the site path of a file in input/media/, such as /media/logo.svg; found '{logo}'"));
            }
            else if (!LogoTypes.Contains(Path.GetExtension(logo).ToLowerInvariant()))
            {
                diagnostics.Report(Diagnostic.Error(DiagnosticCodes.BrandLogoInvalid, at["brand.logo"], $"'brand.logo' must be an image a browser shows ({string.Join(", ", LogoTypes)}); found '{logo}' (an SVG stays sharp at every size)"));
            }
            else if (!File.Exists(file))
            {
                diagnostics.Report(Diagnostic.Error(DiagnosticCodes.BrandLogoInvalid, at["brand.logo"], $"the logo file '{logo}' does not exist; put the file at input/{relative} or correct 'brand.logo'"));
            }
        }

        if (brand.MainSite is { } main && !IsHttps(main.Url))
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.BrandLinkInvalid, at["brand.main_site.url"], $"'brand.main_site.url' must be the https address of the organization's main site, such as https://www.example.org/; found '{main.Url}'"));
        }

        if (brand.CallToAction is { } action && !IsHttps(action.Url) && !(action.Url.StartsWith('/') && !action.Url.StartsWith("//", StringComparison.Ordinal)))
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.BrandLinkInvalid, at["brand.call_to_action.url"], $"'brand.call_to_action.url' must be an https address (such as https://www.example.org/find-a-doctor/) or a site path starting with '/'; found '{action.Url}'"));
        }

        var networks = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (brand.Social?.Count ?? 0); i++)
        {
            var profile = brand.Social![i];
            if (SocialNetworks.Find(profile.Network) is not { } network)
            {
                var near = Formats.Nearest.To(profile.Network.ToLowerInvariant(), SocialNetworks.All.Select(n => n.Key));
                var hint = near is null ? string.Empty : $"; did you mean '{near}'?";
                diagnostics.Report(Diagnostic.Error(DiagnosticCodes.SocialProfileInvalid, at[$"brand.social[{i}].network"], $"unknown social network '{profile.Network}'{hint} (the theme has icons for {string.Join(", ", SocialNetworks.All.Select(n => n.Key))})"));
            }
            else if (!networks.Add(network.Key))
            {
                diagnostics.Report(Diagnostic.Error(DiagnosticCodes.SocialProfileInvalid, at[$"brand.social[{i}].network"], $"'{network.Key}' is listed twice in 'brand.social'; keep one profile for each network"));
            }
            else if (!Uri.TryCreate(profile.Url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps || !SocialNetworks.IsHostOf(network, uri.Host) || profile.Url.Any(char.IsWhiteSpace))
            {
                diagnostics.Report(Diagnostic.Error(DiagnosticCodes.SocialProfileInvalid, at[$"brand.social[{i}].url"], $"'brand.social[{i}].url' must be the https address of the profile on {network.Name} (https://{network.Hosts[0]}/...); found '{profile.Url}'"));
            }
        }
    }

    private static void CheckTags(SiteSettings settings, FieldLocations at, DiagnosticBag diagnostics)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (settings.Tags?.Count ?? 0); i++)
        {
            var tag = settings.Tags![i];
            if (!ContentRules.IsSlug(tag.Slug))
            {
                diagnostics.Report(Diagnostic.Error(DiagnosticCodes.TagNameInvalid, at[$"tags[{i}].slug"], $"the tag '{tag.Slug}' must be written as front matter writes it: lower-case letters, digits and single hyphens, such as heart-health"));
            }
            else if (!seen.Add(tag.Slug))
            {
                diagnostics.Report(Diagnostic.Error(DiagnosticCodes.TagNameInvalid, at[$"tags[{i}].slug"], $"the tag '{tag.Slug}' is named twice in 'tags'; keep one name for it"));
            }
        }
    }

    private static void CheckPhone(SiteSettings settings, FieldLocations at, DiagnosticBag diagnostics)
    {
        var organization = settings.Organization;
        if (!Formats.Phones.IsRegion(organization.PhoneRegion))
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.PhoneSettingInvalid, at["organization.phone_region"], $"'organization.phone_region' must be a two-letter region code in capitals, such as US or CA; found '{organization.PhoneRegion}'"));
        }
        else if (Formats.Phones.Format(organization.Phone, organization.PhoneRegion) is null)
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.PhoneSettingInvalid, at["organization.phone"], $"'organization.phone' cannot be read as a phone number of region {organization.PhoneRegion}; write it with its country code, such as +1-555-010-0100; found '{organization.Phone}'"));
        }
    }

    private static bool IsHttps(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Host.Length > 0 && !url.Any(char.IsWhiteSpace);

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
