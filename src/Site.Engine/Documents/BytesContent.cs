namespace Site.Engine.Documents;

/// <summary>Bytes made by the build (a resized image), written as they are.</summary>
public sealed record BytesContent(ReadOnlyMemory<byte> Bytes) : DocumentContent;
