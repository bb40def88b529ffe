namespace Site.Validation.Links;

/// <summary>What a reference in a page points at, which decides how a broken one is reported.</summary>
public enum ReferenceKind
{
    Link,
    Image,
    Script,
    Stylesheet,
    LinkElement,
    Frame,
    Media,
    Object,
    Refresh,
}
