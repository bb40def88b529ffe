namespace Site.Content.FrontMatter;

/// <summary>
/// Marks a type written as one YAML value that parses itself (<see cref="IParsable{TSelf}"/> with the invariant
/// culture), with the words error messages use for what it accepts.
/// </summary>
[AttributeUsage(AttributeTargets.Struct | AttributeTargets.Class)]
public sealed class ScalarValueAttribute(string description) : Attribute
{
    public string Description { get; } = description;
}
