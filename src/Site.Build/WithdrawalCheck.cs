using Site.Content.Compliance;
using Site.Engine.Diagnostics;
using Site.Engine.Documents;

namespace Site.Build;

/// <summary>
/// The last guard for withdrawn stories: no file of the new build (pages, feed, sitemap, anything but
/// <c>_redirects</c>, which must name them) may still contain a withdrawn story's URL, a path ending in its slug, or
/// the path of its media, as a link or as text. The pages had such references taken out already
/// (<see cref="Content.Compliance.RemoveWithdrawnReferences"/>), so this can only fire for a bug. Links already
/// reported by the link check are not reported twice.
/// </summary>
public static class WithdrawalCheck
{
    public static void Check(IReadOnlyList<Document> published, IReadOnlyList<Withdrawal> withdrawals, string siteUrl, HashSet<(string Page, string Url)> alreadyReported, DiagnosticBag diagnostics, BuildSession? session = null)
    {
        if (withdrawals.Count == 0)
        {
            return;
        }

        var needles = withdrawals
            .SelectMany(w => w.Paths.Select(path => (Text: path, Withdrawal: w)))
            .SelectMany(n => new[] { n, (Text: siteUrl.TrimEnd('/') + n.Text, n.Withdrawal) })
            .Concat(withdrawals.Where(w => w.Slug.Length > 0).Select(w => (Text: "/" + w.Slug, Withdrawal: w)))
            .ToList();
        var key = string.Join('\n', needles.Select(n => n.Text + " " + n.Withdrawal.Reason));
        if (session is not null && session.WithdrawalKey != key)
        {
            (session.WithdrawalKey, session.Withdrawals) = (key, new());
        }

        Parallel.ForEach(published.Where(d => d.Content is TextContent && d.OutputPath != Netlify.GenerateRedirects.OutputPath), document =>
        {
            var text = ((TextContent)document.Content!).Text;
            if (session is null)
            {
                diagnostics.ReportAll(Find(document, text, needles, alreadyReported));
                return;
            }

            // A preview scans each unchanged file once (the already-reported pairs come from the link check, which
            // reports the same pairs for the same pages).
            var found = session.Withdrawals.GetValue(text, _ => Find(document, text, needles, alreadyReported).ToList());
            diagnostics.ReportAll(found);
        });
    }

    private static IEnumerable<Diagnostic> Find(Document document, string text, List<(string Text, Withdrawal Withdrawal)> needles, HashSet<(string Page, string Url)> alreadyReported)
    {
        foreach (var (needle, withdrawal) in needles)
        {
            var index = text.IndexOf(needle, StringComparison.Ordinal);
            if (index < 0 || alreadyReported.Contains((document.OutputPath!, withdrawal.Url)) || !EndsAtBoundary(text, index + needle.Length))
            {
                continue;
            }

            var line = 1 + text.AsSpan(0, index).Count('\n');
            var column = index - (index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1) + 1;
            yield return Diagnostic.Error(
                DiagnosticCodes.MentionOfWithdrawn,
                new SourceLocation(document.OutputPath!, line, column),
                $"this file still mentions {needle}, which belongs to the withdrawn story {withdrawal.Url} ({withdrawal.Reason}), after the build took such references out; this is a bug in the generator: please report it, and remove the mention{(document.SourcePath is { } source ? $" from {source}" : string.Empty)} meanwhile");
        }
    }

    // "/stories/maria" must not match "/stories/maria-rose/"; a URL ends at a slash, quote, space, '#', '?' or '<'.
    private static bool EndsAtBoundary(string text, int end) =>
        end >= text.Length || text[end] is '/' or '"' or '\'' or ' ' or '#' or '?' or '<' or ')' or '\n' or '\r' || text[end - 1] == '/';
}
