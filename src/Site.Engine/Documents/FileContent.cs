namespace Site.Engine.Documents;

/// <summary>A file copied byte for byte from <see cref="FullPath"/>.</summary>
public sealed record FileContent(string FullPath) : DocumentContent
{
    /// <summary>Whether the output may be a hard link to the file rather than a copy (see <see cref="DocumentContent.FromCacheFile"/>).</summary>
    public bool Shareable { get; init; }
}
