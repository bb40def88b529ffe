namespace Site.Engine.Documents;

/// <summary>What a document writes to its output path: text (UTF-8, no BOM), bytes made by the build, or a file copied as it is.</summary>
public abstract record DocumentContent
{
    public static DocumentContent FromText(string text) => new TextContent(text);

    public static DocumentContent FromFile(string fullPath) => new FileContent(fullPath);

    public static DocumentContent FromBytes(ReadOnlyMemory<byte> bytes) => new BytesContent(bytes);
}
