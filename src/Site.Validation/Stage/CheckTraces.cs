using Site.Engine.Diagnostics;
using Site.Engine.Documents;
using Site.Engine.Modules;
using Site.Engine.Pipelines;

namespace Site.Validation.Stage;

/// <summary>
/// No file of the site (page, feed, sitemap, anything written as text) may contain one of the options' traces, as a
/// link or as text, but the file a trace allows. A trace matches where it ends at a boundary of a URL: "/stories/maria"
/// is not in "/stories/maria-rose/".
/// </summary>
public sealed class CheckTraces(ValidationOptions options) : IDocumentModule
{
    public Signature DependsOn(Document input, PipelineContext context) =>
        context.Once((this, "signature"), () => Traces(context) is { Count: > 0 } traces ? Signature.Of(traces) : default);

    public IEnumerable<Document> Execute(Document input, PipelineContext context)
    {
        var traces = Traces(context);
        if (traces.Count == 0 || input.Content is not TextContent { Text: var text } || input.OutputPath is not { } path)
        {
            return [input];
        }

        foreach (var trace in traces)
        {
            if (trace.AllowedIn == path)
            {
                continue;
            }

            for (var index = text.IndexOf(trace.Text, StringComparison.Ordinal); index >= 0; index = text.IndexOf(trace.Text, index + 1, StringComparison.Ordinal))
            {
                if (!EndsAtBoundary(text, index + trace.Text.Length))
                {
                    continue;
                }

                var line = 1 + text.AsSpan(0, index).Count('\n');
                var column = index - (index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1) + 1;
                var fix = input.SourcePath is { } source ? $" from {source}" : string.Empty;
                context.Diagnostics.Report(Diagnostic.Error(trace.Code, new SourceLocation(path, line, column), trace.Message.Replace("{fix}", fix, StringComparison.Ordinal)));
                break;
            }
        }

        return [input];
    }

    private IReadOnlyList<Trace> Traces(PipelineContext context) =>
        options.Traces is { } traces ? context.Once(this, () => traces(context)) : [];

    // "/stories/maria" must not match "/stories/maria-rose/"; a URL ends at a slash, quote, space, '#', '?' or '<'.
    private static bool EndsAtBoundary(string text, int end) =>
        end >= text.Length || text[end] is '/' or '"' or '\'' or ' ' or '#' or '?' or '<' or ')' or '\n' or '\r' || text[end - 1] == '/';
}
