namespace Site.Content.Views;

/// <summary>An image as templates see it: a root-relative URL and its text alternative.</summary>
public sealed record ImageView(string Url, string Alt);
