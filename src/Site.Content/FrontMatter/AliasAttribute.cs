namespace Site.Content.FrontMatter;

/// <summary>
/// Gives a field an older key that is still accepted, such as <c>[Alias("starts")]</c> on <c>start</c>: a file that
/// uses it binds as if it said the field's own key. Writing both is an error (SG2008).
/// </summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class AliasAttribute(string key) : Attribute
{
    public string Key { get; } = key;
}
