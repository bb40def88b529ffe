namespace Site.Content.Model;

/// <summary>The index page of a kind of content: where it is, what it is called, and the sentence under its title.</summary>
public sealed record ContentListing(string Url, string Title, string Summary);
