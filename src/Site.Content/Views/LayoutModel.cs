namespace Site.Content.Views;

/// <summary>Everything a layout can read: <c>site</c> and <c>page</c>. Templates never see documents.</summary>
public sealed record LayoutModel(SiteView Site, PageView Page);
