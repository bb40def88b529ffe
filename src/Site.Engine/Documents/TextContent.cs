using System.Text;

namespace Site.Engine.Documents;

/// <summary>
/// Text written as UTF-8 without a byte order mark. Once a build has written it to its new site
/// (<see cref="Output.EarlyWriter"/>), the text is no longer held: <see cref="Text"/> reads it back from
/// <see cref="StagedFile"/>, the bytes that will be published, so whatever checks it afterwards checks those.
/// </summary>
public sealed record TextContent : DocumentContent
{
    private readonly string? text;

    public TextContent(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        this.text = text;
    }

    private TextContent(string stagedFile, bool staged)
    {
        StagedFile = staged ? stagedFile : throw new ArgumentException("a staged file", nameof(staged));
    }

    /// <summary>The text; read again from <see cref="StagedFile"/> each time when it was written early.</summary>
    public string Text => text ?? Encoding.UTF8.GetString(File.ReadAllBytes(StagedFile!));

    /// <summary>The file of the new site that holds the text, when it was written early; otherwise null.</summary>
    public string? StagedFile { get; }

    /// <summary>Text already written, as UTF-8, to <paramref name="fullPath"/>.</summary>
    public static TextContent Staged(string fullPath) => new(fullPath, staged: true);
}
