namespace Site.Content.Model;

/// <summary>The kinds of Markdown content, each with its own folder, URL prefix and default layout.</summary>
public enum ContentKind
{
    Story,
    Article,
    Event,
    Page,
}
