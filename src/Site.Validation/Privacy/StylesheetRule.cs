using Site.Engine.Diagnostics;
using Site.Engine.Documents;
using Site.Engine.Modules;
using Site.Engine.Pipelines;

namespace Site.Validation.Privacy;

/// <summary>
/// The first-party rule for the site's CSS files (the theme's stylesheets): a <c>url()</c> or <c>@import</c> of another
/// origin (a web font, a background image from a CDN) is an error at its line and column, as on a page.
/// </summary>
public sealed class StylesheetRule : IDocumentModule
{
    public IEnumerable<Document> Execute(Document input, PipelineContext context)
    {
        if (input.OutputPath is not { } path || !path.EndsWith(".css", StringComparison.OrdinalIgnoreCase))
        {
            return [input];
        }

        var css = input.Content switch
        {
            TextContent text => text.Text,
            FileContent file => File.ReadAllText(file.FullPath),
            _ => string.Empty,
        };
        foreach (var (url, index) in FirstPartyRule.CssUrls(css))
        {
            if (FirstPartyRule.IsOtherOrigin(url))
            {
                var line = 1 + css.AsSpan(0, index).Count('\n');
                var column = index - (index == 0 ? 0 : css.LastIndexOf('\n', index - 1) + 1) + 1;
                context.Diagnostics.Report(Diagnostic.Error(DiagnosticCodes.ThirdPartyResource, new SourceLocation(input.SourcePath ?? path, line, column), FirstPartyRule.Message("style sheet resource", url)));
            }
        }

        return [input];
    }
}
