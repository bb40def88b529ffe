namespace Site.Content.Model;

/// <summary>
/// Everything the site knows about one kind of content, in one row of <see cref="ContentKinds"/>: its folder under
/// <c>input/</c>, its pipeline, its URL pattern, its front matter record, its default layout, the label readers
/// see, the archetype <c>site new</c> starts from and the prefix of the ids it makes, its schema.org type, and its
/// listing (the index page of the kind, if it has one).
/// </summary>
/// <param name="Kind">Which kind the row is about.</param>
/// <param name="Folder">Its folder under <c>input/</c> (<c>stories</c>).</param>
/// <param name="Pipeline">The name of the pipeline that reads and renders it.</param>
/// <param name="UrlPrefix">Its pages' URLs are <c>{UrlPrefix}{slug}/</c>.</param>
/// <param name="FrontMatter">The record its front matter is bound to (an <see cref="IContentFrontMatter"/>).</param>
/// <param name="DefaultLayout">The layout in <c>theme/layouts</c> used when the front matter names none.</param>
/// <param name="Label">What readers see as its kind (<c>Patient story</c>).</param>
/// <param name="NewWord">The word after <c>site new</c> (<c>story</c>), or null when <c>site new</c> cannot make one.</param>
/// <param name="Archetype">The file in <c>theme/archetypes</c> that <c>site new</c> starts from, or null.</param>
/// <param name="IdPrefix">The first part of the ids <c>site new</c> makes (<c>st</c> gives <c>st-2026-001</c>); empty for none.</param>
/// <param name="SchemaType">The schema.org type of its JSON-LD, or null for none.</param>
/// <param name="Listing">Its index page (URL, title, summary), or null when the kind has none.</param>
public sealed record ContentKindInfo(
    ContentKind Kind,
    string Folder,
    string Pipeline,
    string UrlPrefix,
    Type FrontMatter,
    string DefaultLayout,
    string Label,
    string? NewWord,
    string? Archetype,
    string IdPrefix,
    string? SchemaType,
    ContentListing? Listing)
{
    public string UrlFor(string slug) => UrlPrefix + slug + "/";
}
