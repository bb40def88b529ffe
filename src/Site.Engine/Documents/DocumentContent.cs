namespace Site.Engine.Documents;

/// <summary>What a document writes to its output path: text (UTF-8, no BOM), bytes made by the build, or a file copied as it is.</summary>
public abstract record DocumentContent
{
    public static DocumentContent FromText(string text) => new TextContent(text);

    public static DocumentContent FromFile(string fullPath) => new FileContent(fullPath);

    /// <summary>
    /// A file of the build's own cache, which is never changed once written (a new version gets a new name or is
    /// renamed into place): the output may share it (a hard link) instead of copying its bytes.
    /// </summary>
    public static DocumentContent FromCacheFile(string fullPath) => new FileContent(fullPath) { Shareable = true };

    public static DocumentContent FromBytes(ReadOnlyMemory<byte> bytes) => new BytesContent(bytes);
}
