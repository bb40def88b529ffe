namespace Site.Content.Model;

/// <summary>Giscus's embed options (GitHub Discussions): the repository and discussion category, by name and id.</summary>
public sealed record GiscusOptions(string Repo, string RepoId, string Category, string CategoryId, string Theme = "light");
