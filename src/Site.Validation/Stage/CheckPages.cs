using Site.Engine.Diagnostics;
using Site.Engine.Documents;
using Site.Engine.Modules;
using Site.Engine.Pipelines;
using Site.Validation.Html;
using Site.Validation.Links;

namespace Site.Validation.Stage;

/// <summary>
/// Parses each HTML page of the site once (AngleSharp, with source positions) and scans it: the anchors it offers and
/// the references it makes (a <see cref="PageScan"/> facet), what is wrong on the page alone, and every page check
/// of the options on the same parse (a <see cref="PageFindings"/> facet). Other files pass as they are. A page seen
/// before in a session is not parsed again, nor a clean page the options' <see cref="ValidationOptions.Scans"/> keep
/// from an earlier build.
/// </summary>
public sealed class CheckPages(ValidationOptions options) : IDocumentModule
{
    public IEnumerable<Document> Execute(Document input, PipelineContext context)
    {
        if (input.OutputPath is not { } path || !IsHtml(path) || input.Content is not TextContent { Text: var html })
        {
            return [input];
        }

        if (options.Scans?.Find(path, html) is { } known)
        {
            return [input.With(known).With(PageFindings.None)];
        }

        var page = HtmlPage.Parse(path, html);
        var scan = PageScanner.Scan(page, context.Once(typeof(StringPool), () => new StringPool()));
        var findings = new List<LinkFailure>();
        foreach (var diagnostic in scan.Findings)
        {
            findings.Add(new LinkFailure(diagnostic, KindOf(diagnostic.Code), string.Empty));
        }

        foreach (var check in options.PageChecks)
        {
            foreach (var diagnostic in check.Check(page))
            {
                findings.Add(new LinkFailure(diagnostic, KindOf(diagnostic.Code), Target(diagnostic)));
            }
        }

        if (findings.Count == 0 && scan.InlineScripts.Count == 0)
        {
            options.Scans?.Keep(path, html, scan);
        }

        return [input.With(scan).With(new PageFindings(findings, [], []))];
    }

    public static bool IsHtml(string path) =>
        path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);

    /// <summary>The URL a first-party finding names ("image https://... loads from another origin"), so the same one on many pages is summed up.</summary>
    private static string Target(Diagnostic diagnostic) =>
        diagnostic.Code == DiagnosticCodes.ThirdPartyResource && diagnostic.Message.IndexOf(" loads from another origin", StringComparison.Ordinal) is var end and > 0
            ? diagnostic.Message[(diagnostic.Message.LastIndexOf(' ', end - 1) + 1)..end]
            : string.Empty;

    private static string KindOf(string code) => code switch
    {
        DiagnosticCodes.EmptyHref => "empty",
        DiagnosticCodes.ImageWithoutAlt => "alt",
        DiagnosticCodes.ImageWithoutSrc => "image",
        DiagnosticCodes.ThirdPartyResource => "third-party",
        DiagnosticCodes.InlineScript => "inline-script",
        _ => "page",
    };
}
