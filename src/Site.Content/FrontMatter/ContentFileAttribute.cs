namespace Site.Content.FrontMatter;

/// <summary>
/// Marks the front matter record of a kind of content file (a story, an article...), with how messages name it and
/// where its pages live, for the binder's advice on keys from other tools ("a story has no 'image' of that shape",
/// "write slug: x" for a permalink under <see cref="UrlPrefix"/>). The binder comes before the content model, so it
/// learns these from the record it binds rather than from the model's list of kinds (a test keeps them the same).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ContentFileAttribute(string noun, string urlPrefix) : Attribute
{
    /// <summary>How a message names one such file: "a story", "an article".</summary>
    public string Noun { get; } = noun;

    /// <summary>Where the kind's pages are: "/stories/", or "/" for plain pages.</summary>
    public string UrlPrefix { get; } = urlPrefix;
}
