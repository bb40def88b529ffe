namespace Site.Content.FrontMatter;

/// <summary>
/// Marks a list field that is required and must hold at least one item, or gives a required text field (which may
/// never be empty or only spaces) the words to say when it is: <c>[NonEmpty("must describe the picture")]</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class NonEmptyAttribute(string? hint = null) : Attribute
{
    public string? Hint { get; } = hint;
}
