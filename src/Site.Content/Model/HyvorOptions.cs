namespace Site.Content.Model;

/// <summary>Hyvor Talk's embed options: the website id from its console.</summary>
public sealed record HyvorOptions(int WebsiteId);
