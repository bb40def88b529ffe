namespace Site.Content.FrontMatter;

/// <summary>
/// Lets a group of fields be written as one line of text instead: <c>[Shorthand("name")]</c> on a record means
/// <c>location: "Community Room"</c> binds as <c>location: { name: "Community Room" }</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ShorthandAttribute(string key) : Attribute
{
    public string Key { get; } = key;
}
