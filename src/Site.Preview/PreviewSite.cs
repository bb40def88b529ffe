using Site.Engine.Documents;

namespace Site.Preview;

/// <summary>One good build of the site, kept in memory and served as it is: files by output path.</summary>
public sealed class PreviewSite(IReadOnlyList<Document> published, int version)
{
    private readonly Dictionary<string, Document> files = published.ToDictionary(d => d.OutputPath!, StringComparer.Ordinal);

    public int Version { get; } = version;

    public int Count => files.Count;

    public IEnumerable<string> Paths => files.Keys;

    public Document? Find(string outputPath) => files.GetValueOrDefault(outputPath);

    /// <summary>The output paths whose file is new, gone or different in <paramref name="next"/>.</summary>
    public IReadOnlyList<string> ChangedIn(PreviewSite next)
    {
        var changed = new List<string>();
        foreach (var (path, document) in next.files)
        {
            if (!files.TryGetValue(path, out var before) || !Same(before, document))
            {
                changed.Add(path);
            }
        }

        changed.AddRange(files.Keys.Where(p => !next.files.ContainsKey(p)));
        changed.Sort(StringComparer.Ordinal);
        return changed;
    }

    // Most files of a rebuild are the very same documents; the few generated anew each time (feeds, headers) are
    // compared by their text.
    private static bool Same(Document before, Document now) =>
        ReferenceEquals(before, now)
        || (before.Content, now.Content) switch
        {
            (TextContent a, TextContent b) => a.Text == b.Text,
            (BytesContent a, BytesContent b) => a.Bytes.Span.SequenceEqual(b.Bytes.Span),
            _ => false,
        };

    /// <summary>The URL path a browser asks for to get an output file (<c>a/b/index.html</c> is <c>/a/b/</c>).</summary>
    public static string UrlOf(string outputPath) =>
        outputPath == "index.html" ? "/"
        : outputPath.EndsWith("/index.html", StringComparison.Ordinal) ? "/" + outputPath[..^"index.html".Length]
        : "/" + outputPath;
}
