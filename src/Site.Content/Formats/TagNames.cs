namespace Site.Content.Formats;

/// <summary>
/// How a tag is shown to readers. Tags are slugs in front matter (<c>heart-health</c>) and stay slugs in URLs; the
/// site may name them (<c>tags:</c> in site.yml), and a tag it does not name is shown as a readable form of its slug:
/// hyphens as spaces and the first letter in capitals ("Heart health").
/// </summary>
public static class TagNames
{
    public static string Readable(string slug)
    {
        var words = slug.Replace('-', ' ').Replace('_', ' ').Trim();
        return words.Length == 0 ? slug : char.ToUpperInvariant(words[0]) + words[1..];
    }
}
