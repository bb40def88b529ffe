using Site.Engine.Documents;
using Site.Engine.Modules;
using Site.Engine.Pipelines;
using Site.Validation.Links;

namespace Site.Validation.Stage;

/// <summary>
/// Resolves every reference of every page against the site: the files of the stage's documents, the anchors of
/// each page and the site's <c>_redirects</c> (<see cref="SiteIndex"/>); a failure gets its hint or follows the
/// site's redirect (<see cref="LinkHints"/>). A page's references are resolved again only when its scan or that index
/// changed (a new page, a page with other anchors): the index is the module's signature.
/// </summary>
public sealed class ResolveReferences(ValidationOptions options) : IDocumentModule
{
    /// <summary>Every page's anchors are needed to resolve one page's references.</summary>
    public bool ReadsStepInputs => true;

    public Signature DependsOn(Document input, PipelineContext context) =>
        context.Once((this, "signature"), () => Signature.Of(Signature.By(context.StepInputs, d => new object?[] { d.OutputPath, d.TryGet<PageScan>(out var scan) ? scan.Anchors : null, d.OutputPath == SiteRedirects.FileName ? d.Content : null }), options.SiteUrl));

    public IEnumerable<Document> Execute(Document input, PipelineContext context)
    {
        if (!input.TryGet<PageScan>(out var scan))
        {
            return [input];
        }

        var index = Index(context);
        var failures = new List<LinkFailure>();
        var externals = new List<(Reference, Uri)>();
        foreach (var reference in scan.References)
        {
            if (ReferenceCheck.Check(reference, scan, index, options.SiteUrl, out var external) is { } raw)
            {
                if (LinkHints.Refine(raw, reference, scan, index, options.SiteUrl, Describe(context)) is { } failure)
                {
                    failures.Add(failure);
                }
            }
            else if (external is not null)
            {
                externals.Add((reference, external));
            }
        }

        var found = input.TryGet<PageFindings>(out var before) ? before : PageFindings.None;
        return [input.With(found with { Resolved = failures, Externals = externals })];
    }

    /// <summary>The site's index, made once per run from the documents of the step (only when a page must be resolved).</summary>
    private SiteIndex Index(PipelineContext context) =>
        context.Once(this, () =>
        {
            var documents = context.StepInputs;
            var files = documents.Select(d => d.OutputPath).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var pages = new Dictionary<string, PageScan>(StringComparer.Ordinal);
            foreach (var document in documents)
            {
                if (document.TryGet<PageScan>(out var scan))
                {
                    pages[scan.Path] = scan;
                }
            }

            return new SiteIndex(files, pages, Redirects(documents));
        });

    /// <summary>The rules of the site's <c>_redirects</c> (made in the run, or a file of the folder), if it has one.</summary>
    private static SiteRedirects Redirects(IEnumerable<Document> documents)
    {
        var text = documents.FirstOrDefault(d => d.OutputPath == SiteRedirects.FileName)?.Content switch
        {
            TextContent content => content.Text,
            FileContent file when File.Exists(file.FullPath) => File.ReadAllText(file.FullPath),
            _ => null,
        };
        return text is null ? SiteRedirects.None : SiteRedirects.Parse(text);
    }

    private Func<RedirectRule, string>? Describe(PipelineContext context) =>
        options.DescribeRedirect is { } describe ? rule => describe(context, rule) : null;
}
