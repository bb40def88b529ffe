using System.Text;
using YamlDotNet.RepresentationModel;

namespace Site.Content.FrontMatter;

/// <summary>
/// The keys that editors bring from Jekyll, Hugo, Eleventy and WordPress, each with our field for it (or none) and
/// what to do. One table drives the "did you mean" of an unknown key in a content file's front matter (SG2004) and
/// the table under SG2004 in docs/errors.md (<see cref="Markdown"/>; a test checks the two agree). A key is matched
/// in any case and with or without '_' and '-' (<c>featured_image</c>, <c>featuredImage</c>).
/// </summary>
public static class ForeignKeys
{
    /// <summary>How the advice is worded: the key renamed, or a value our field writes differently.</summary>
    public enum Shape
    {
        /// <summary>Our field takes the same value under another key.</summary>
        Rename,

        /// <summary>Our field is the <c>image</c> group: <c>src</c> and <c>alt</c>.</summary>
        Image,

        /// <summary>An address (<c>/stories/x/</c>): our <c>slug</c> is its last part.</summary>
        Address,

        /// <summary>A yes/no that says the opposite of our <c>draft</c>.</summary>
        Published,

        /// <summary>No field of ours does it; <see cref="Entry.Advice"/> says what to do instead.</summary>
        None,
    }

    /// <summary>One row: the key as the other tools write it, which tools, our field (null for none), and what to do.</summary>
    public sealed record Entry(string Key, string From, string? Field, Shape Shape, string Advice);

    public static readonly IReadOnlyList<Entry> All =
    [
        new("lastmod", "Hugo", "updated", Shape.Rename, "the day of the last real change, shown as \"Updated ...\""),
        new("last_modified_at", "Jekyll", "updated", Shape.Rename, "the day of the last real change"),
        new("modified", "WordPress", "updated", Shape.Rename, "the day of the last real change"),
        new("dateModified", "schema.org", "updated", Shape.Rename, "the day of the last real change"),
        new("description", "Hugo, Jekyll, Eleventy", "summary", Shape.Rename, "one or two sentences for listings, search engines and the feed"),
        new("excerpt", "Jekyll, WordPress", "summary", Shape.Rename, "one or two sentences for listings, search engines and the feed"),
        new("subtitle", "Hugo and Jekyll themes", null, Shape.None, "there is no subtitle: put those words in 'title' or 'summary' and remove the line"),
        new("publishDate", "Hugo", "date", Shape.Rename, "the day it is published; a day after today schedules it"),
        new("pubDate", "Astro", "date", Shape.Rename, "the day it is published; a day after today schedules it"),
        new("post_date", "WordPress", "date", Shape.Rename, "the day it is published; a day after today schedules it"),
        new("expiryDate", "Hugo", null, Shape.None, "nothing is taken down on a day by itself: a story goes when its authorization ends ('consent.expires'); for anything else set 'draft: true' or remove the file on the day; remove the line"),
        new("permalink", "Jekyll, Eleventy", "slug", Shape.Address, "the last part of the address; the rest comes from the kind of file"),
        new("url", "Hugo", "slug", Shape.Address, "the last part of the address; the rest comes from the kind of file"),
        new("url", "Hugo", "src", Shape.Rename, "the file in input/media/"),
        new("path", "themes", "src", Shape.Rename, "the file in input/media/"),
        new("file", "themes", "src", Shape.Rename, "the file in input/media/"),
        new("aliases", "Hugo", "redirect_from", Shape.Rename, "the old addresses, which move to this page"),
        new("redirect_to", "Jekyll", null, Shape.None, "a file cannot send readers elsewhere: put this file's address in 'redirect_from' of the page they should reach, and remove this file"),
        new("categories", "Jekyll, Hugo, WordPress", "tags", Shape.Rename, "topics, such as [heart-health]; a hospital department goes in 'service_lines' (a slug from input/site.yml)"),
        new("category", "WordPress", "tags", Shape.Rename, "topics, such as [heart-health]; a hospital department goes in 'service_lines' (a slug from input/site.yml)"),
        new("tag", "WordPress", "tags", Shape.Rename, "a list of topics, such as [heart-health]"),
        new("keywords", "Hugo, Jekyll", "tags", Shape.Rename, "a list of topics, such as [heart-health]"),
        new("series", "Hugo", "tags", Shape.Rename, "a list of topics, such as [heart-health]"),
        new("featured_image", "WordPress, Hugo and Eleventy themes", "image", Shape.Image, "the picture at the top, a group of two fields"),
        new("thumbnail", "Hugo, WordPress", "image", Shape.Image, "the picture at the top, a group of two fields"),
        new("cover", "Hugo themes", "image", Shape.Image, "the picture at the top, a group of two fields"),
        new("images", "Hugo", "image", Shape.Image, "one picture, a group of two fields; more pictures go in 'gallery'"),
        new("hero", "themes", "image", Shape.Image, "the picture at the top, a group of two fields"),
        new("hero_image", "themes", "image", Shape.Image, "the picture at the top, a group of two fields"),
        new("banner", "themes", "image", Shape.Image, "the picture at the top, a group of two fields"),
        new("header", "Jekyll themes", "image", Shape.Image, "the picture at the top, a group of two fields"),
        new("og_image", "Jekyll SEO, Hugo", "image", Shape.Image, "the share picture is made from the picture at the top, a group of two fields"),
        new("image_alt", "themes", "alt", Shape.Rename, "what the picture shows, written under 'image:' beside 'src:'"),
        new("author", "Jekyll, Hugo, WordPress", "author", Shape.Rename, "the writer's name and credentials"),
        new("authors", "Hugo", "author", Shape.Rename, "one text: the writer's name and credentials, such as \"Jo Park, RN\""),
        new("published", "Jekyll, WordPress", "draft", Shape.Published, "'draft: true' keeps a file out of the build"),
        new("status", "WordPress", "draft", Shape.Published, "'draft: true' keeps a file out of the build"),
        new("hidden", "Jekyll and Hugo themes", null, Shape.None, "every published file is in its lists; 'draft: true' keeps it out of the build; remove the line"),
        new("eleventyExcludeFromCollections", "Eleventy", null, Shape.None, "every published file is in its lists; 'draft: true' keeps it out of the build; remove the line"),
        new("sitemap", "Jekyll, Hugo", null, Shape.None, "every published page is in the sitemap; 'draft: true' keeps a file out of the build; remove the line"),
        new("weight", "Hugo", null, Shape.None, "lists are in order of 'date', newest first; remove the line"),
        new("menu_order", "WordPress", null, Shape.None, "lists are in order of 'date', newest first; remove the line"),
        new("nav_order", "Jekyll themes", null, Shape.None, "the menu is 'nav' in input/site.yml; remove the line"),
        new("menu", "Hugo", null, Shape.None, "the menu is 'nav' in input/site.yml; remove the line"),
        new("eleventyNavigation", "Eleventy", null, Shape.None, "the menu is 'nav' in input/site.yml; remove the line"),
        new("type", "Hugo", null, Shape.None, "the kind of file comes from its folder (input/stories/, input/articles/, input/events/, input/pages/); remove the line"),
        new("linkTitle", "Hugo", null, Shape.None, "a file has one 'title'; remove the line"),
        new("toc", "Hugo and Jekyll themes", null, Shape.None, "pages have no table of contents; remove the line"),
        new("canonical_url", "Jekyll SEO, Hugo", null, Shape.None, "the canonical link is made from 'base_url' in input/site.yml; remove the line"),
        new("translationKey", "Hugo", "translation_of", Shape.None, "a translation names the 'id' of the file it translates, such as translation_of: st-2026-014"),
        new("locale", "Jekyll", "lang", Shape.Rename, "the page's language tag, such as es"),
        new("language", "Hugo, WordPress", "lang", Shape.Rename, "the page's language tag, such as es"),
    ];

    /// <summary>The key in the form the table matches: lower case, without '_' and '-'.</summary>
    public static string Normalize(string key)
    {
        var builder = new StringBuilder(key.Length);
        foreach (var c in key)
        {
            if (c is not ('_' or '-' or ' '))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>The row for a key in a group with these fields: the first whose field is one of them, else one with no field.</summary>
    internal static Entry? Find(string key, IReadOnlyDictionary<string, FieldInfo> fields, bool topLevel)
    {
        var normalized = Normalize(key);
        var rows = All.Where(e => Normalize(e.Key) == normalized).ToList();
        return rows.FirstOrDefault(e => e.Field is { } field && fields.ContainsKey(field))
            ?? (topLevel ? rows.FirstOrDefault(e => e.Field is null || e.Shape != Shape.Rename || !IsNested(e.Field)) : null);
    }

    /// <summary>The advice of SG2004 for a key of the table, in a group with these fields (<paramref name="noun"/> names the file, such as "a story").</summary>
    internal static string Advise(Entry entry, string key, YamlNode value, IReadOnlyDictionary<string, FieldInfo> fields, string noun, string urlPrefix)
    {
        var theirs = $"(a key of {Tools(entry.From)})";
        if (entry.Field is not { } field)
        {
            return $"{theirs[..^1]}, with no field here): {entry.Advice}";
        }

        if (!fields.ContainsKey(field))
        {
            return $"{theirs}; here it would be '{field}', but {noun} has no '{field}': remove the line";
        }

        // The value as our field writes it: a list for a list field, one text for a text field.
        var list = RecordShape.IsList(fields[field].Type, out _);
        var scalar = value switch
        {
            YamlScalarNode { Value: { Length: > 0 } text } => list ? $"[{text}]" : text,
            YamlSequenceNode sequence when sequence.Children.Count > 0 && sequence.Children.All(c => c is YamlScalarNode) =>
                list ? "[" + string.Join(", ", sequence.Children.Select(c => ((YamlScalarNode)c).Value)) + "]" : string.Join(", ", sequence.Children.Select(c => ((YamlScalarNode)c).Value)),
            _ => null,
        };
        switch (entry.Shape)
        {
            case Shape.Image:
                var src = FirstScalar(value) ?? "media/<file>";
                return $"{theirs}; did you mean '{field}'? It is {entry.Advice}: write the line 'image:' and under it, indented by two spaces, 'src: {src}' and 'alt: <what the picture shows>'";
            case Shape.Address when scalar is "false":
                return $"{theirs}; here 'draft: true' keeps a file out of the build: write draft: true";
            case Shape.Address when scalar is not null:
                var last = scalar.Trim('/').Split('/').LastOrDefault(p => p.Length > 0 && !p.StartsWith("index.", StringComparison.Ordinal));
                var slug = last is null || last.Contains(':', StringComparison.Ordinal) || last.Contains('{', StringComparison.Ordinal) ? "<name>" : Path.GetFileNameWithoutExtension(last);
                return $"{theirs}; did you mean '{field}'? It is {entry.Advice} ({urlPrefix}<slug>/): write slug: {slug}";
            case Shape.Published:
                var hide = scalar is "false" or "no" or "draft" or "private" or "pending" or "future";
                return hide
                    ? $"{theirs}; did you mean '{field}'? {entry.Advice}: write draft: true"
                    : $"{theirs}; here a file without 'draft: true' is published: remove the line";
            case Shape.None:
                return $"{theirs}; did you mean '{field}'? {entry.Advice}";
            default:
                var written = scalar is not null ? $"{field}: {Shorten(scalar)}" : $"{field}:";
                return $"{theirs}; did you mean '{field}'? It is {entry.Advice}: write {written}";
        }
    }

    /// <summary>The table of docs/errors.md (under SG2004), one row per entry.</summary>
    public static string Markdown()
    {
        var builder = new StringBuilder();
        builder.Append("| key | from | our field | what it is here, or what to do |\n| --- | --- | --- | --- |\n");
        foreach (var entry in All)
        {
            var ours = entry.Field is null ? "none" : $"`{entry.Field}`";
            builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"| `{entry.Key}` | {entry.From} | {ours} | {entry.Advice.Replace("|", "\\|", StringComparison.Ordinal)} |\n");
        }

        return builder.ToString();
    }

    /// <summary>"Jekyll, Hugo, WordPress" as "Jekyll, Hugo and WordPress".</summary>
    private static string Tools(string from) =>
        !from.Contains(" and ", StringComparison.Ordinal) && from.LastIndexOf(", ", StringComparison.Ordinal) is var last and >= 0 ? from[..last] + " and " + from[(last + 2)..] : from;

    private static bool IsNested(string field) => field is "src" or "alt";

    private static string? FirstScalar(YamlNode node) => node switch
    {
        YamlScalarNode { Value: { Length: > 0 } text } => text,
        YamlSequenceNode sequence => sequence.Children.Select(FirstScalar).FirstOrDefault(s => s is not null),
        YamlMappingNode mapping => mapping.Children.Values.Select(FirstScalar).FirstOrDefault(s => s is not null),
        _ => null,
    };

    private static string Shorten(string value) => value.Length > 40 ? value[..37] + "..." : value;
}
