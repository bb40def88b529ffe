namespace Site.Content.FrontMatter;

/// <summary>A source split into its YAML front matter and its Markdown body, with the 1-based line where each starts.</summary>
public sealed record FrontMatterBlock(string Yaml, int YamlLine, string Body, int BodyLine);
