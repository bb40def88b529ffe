namespace Site.Engine.Documents;

/// <summary>Text written as UTF-8 without a byte order mark.</summary>
public sealed record TextContent(string Text) : DocumentContent;
