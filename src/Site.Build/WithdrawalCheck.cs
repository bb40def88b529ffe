using Site.Content.Compliance;
using Site.Engine.Diagnostics;
using Site.Engine.Documents;

namespace Site.Build;

/// <summary>
/// The last guard for withdrawn stories: no file of the new build (pages, feed, sitemap, anything but
/// <c>_redirects</c>, which must name them) may still contain a withdrawn story's URL or the path of its media,
/// as a link or as text. Links already reported by the link check are not reported twice.
/// </summary>
public static class WithdrawalCheck
{
    public static void Check(IReadOnlyList<Document> published, IReadOnlyList<Withdrawal> withdrawals, string siteUrl, HashSet<(string Page, string Url)> alreadyReported, DiagnosticBag diagnostics)
    {
        if (withdrawals.Count == 0)
        {
            return;
        }

        var needles = withdrawals
            .SelectMany(w => w.OldUrls.Prepend(w.Url).Concat(w.Media).Select(path => (Text: path, Withdrawal: w)))
            .SelectMany(n => new[] { n, (Text: siteUrl.TrimEnd('/') + n.Text, n.Withdrawal) })
            .ToList();
        Parallel.ForEach(published.Where(d => d.Content is TextContent && d.OutputPath != Netlify.GenerateRedirects.OutputPath), document =>
        {
            var text = ((TextContent)document.Content!).Text;
            foreach (var (needle, withdrawal) in needles)
            {
                var index = text.IndexOf(needle, StringComparison.Ordinal);
                if (index < 0 || alreadyReported.Contains((document.OutputPath!, withdrawal.Url)) || !EndsAtBoundary(text, index + needle.Length))
                {
                    continue;
                }

                var line = 1 + text.AsSpan(0, index).Count('\n');
                var column = index - (index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1) + 1;
                diagnostics.Report(Diagnostic.Error(
                    DiagnosticCodes.MentionOfWithdrawn,
                    new SourceLocation(document.OutputPath!, line, column),
                    $"this file still mentions {needle}, which belongs to the withdrawn story {withdrawal.Url} ({withdrawal.Reason}); remove it{(document.SourcePath is { } source ? $" from {source}" : string.Empty)}"));
            }
        });
    }

    // "/stories/maria" must not match "/stories/maria-rose/"; a URL ends at a slash, quote, space, '#', '?' or '<'.
    private static bool EndsAtBoundary(string text, int end) =>
        end >= text.Length || text[end] is '/' or '"' or '\'' or ' ' or '#' or '?' or '<' or ')' or '\n' or '\r' || text[end - 1] == '/';
}
