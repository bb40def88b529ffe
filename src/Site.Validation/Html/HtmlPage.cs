using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Site.Engine.Diagnostics;

namespace Site.Validation.Html;

/// <summary>
/// The one seam to AngleSharp: a parsed HTML page that remembers where each element starts, so a finding can
/// name the file, line and column. The parser is shared and thread-safe.
/// </summary>
public sealed class HtmlPage
{
    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsKeepingSourceReferences = true });

    private HtmlPage(string path, IHtmlDocument document)
    {
        Path = path;
        Document = document;
    }

    /// <summary>The page's path relative to the checked folder, with forward slashes.</summary>
    public string Path { get; }

    public IHtmlDocument Document { get; }

    public static HtmlPage Parse(string path, string html) => new(path, Parser.ParseDocument(html));

    public SourceLocation LocationOf(IElement element) =>
        element.SourceReference is { } reference
            ? new SourceLocation(Path, Math.Max(1, reference.Position.Line), Math.Max(1, reference.Position.Column))
            : new SourceLocation(Path);
}
