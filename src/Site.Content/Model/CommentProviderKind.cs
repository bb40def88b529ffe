namespace Site.Content.Model;

/// <summary>The comment and vote widgets the site can embed.</summary>
public enum CommentProviderKind
{
    Waline,
    Giscus,
    Hyvor,
}
