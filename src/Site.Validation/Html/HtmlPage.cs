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

    /// <summary>
    /// Every element of the page in document order (not those inside a <c>template</c>'s content, as with CSS
    /// selectors), listed once for all the checks of the page: one walk instead of a selector query per check.
    /// </summary>
    public IReadOnlyList<IElement> Elements => elements ??= ListElements(Document);

    private IReadOnlyList<IElement>? elements;

    private static List<IElement> ListElements(IHtmlDocument document)
    {
        var found = new List<IElement>(512);
        var pending = new Stack<IElement>();
        if (document.DocumentElement is { } root)
        {
            pending.Push(root);
        }

        while (pending.TryPop(out var element))
        {
            found.Add(element);
            for (var child = element.LastElementChild; child is not null; child = child.PreviousElementSibling)
            {
                pending.Push(child);
            }
        }

        return found;
    }

    public SourceLocation LocationOf(IElement element) =>
        element.SourceReference is { } reference
            ? new SourceLocation(Path, Math.Max(1, reference.Position.Line), Math.Max(1, reference.Position.Column))
            : new SourceLocation(Path);
}
