using System.Collections.Immutable;
using System.Text.Json;
using Site.Content.Builds;
using Site.Content.Comments;
using Site.Content.Model;
using Site.Content.Sources;
using Site.Engine.Diagnostics;
using Site.Engine.Documents;
using Site.Engine.Modules;
using Site.Engine.Pipelines;

namespace Site.Content.Pages;

/// <summary>
/// Asks our Waline server, once per build, for the upvotes (reaction0) and downvotes (reaction1) of every story with
/// comments on, in batches (<c>GET /api/article?path=id1,id2&amp;type=reaction0,reaction1</c>, with the site as
/// Referer), and attaches them as <see cref="VoteTotals"/>. A server that cannot be reached is one warning: the
/// pages are built without totals, and the widget still shows live numbers once a reader opens it.
/// </summary>
public sealed class FetchVoteTotals(BuildContext build, HttpMessageHandler? handler, TimeSpan timeout) : IModule
{
    private const int BatchSize = 50;

    public async ValueTask<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var settings = build.Settings.Comments;
        if (settings is not { Provider: CommentProviderKind.Waline, TotalsAtBuild: true, Server: { } server })
        {
            return inputs;
        }

        var ids = inputs
            .Select(d => d.Get<ParsedContent>().FrontMatter)
            .OfType<StoryFrontMatter>()
            .Where(s => s.Comments)
            .Select(s => s.Id)
            .ToList();
        var totals = new Dictionary<string, VoteTotals>(StringComparer.Ordinal);
        using var client = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        client.Timeout = timeout;
        try
        {
            foreach (var batch in ids.Chunk(BatchSize))
            {
                var url = $"{server.TrimEnd('/')}/api/article?path={string.Join(',', batch.Select(Uri.EscapeDataString))}&type=reaction0,reaction1";
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                request.Headers.Referrer = new Uri(build.BaseUrl.TrimEnd('/') + "/");
                using var response = await client.SendAsync(request, context.CancellationToken).ConfigureAwait(false);
                response.EnsureSuccessStatusCode();
                using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(context.CancellationToken).ConfigureAwait(false));
                var data = json.RootElement.GetProperty("data");
                for (var i = 0; i < batch.Length && i < data.GetArrayLength(); i++)
                {
                    totals[batch[i]] = new VoteTotals(Count(data[i], "reaction0"), Count(data[i], "reaction1"));
                }
            }
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            if (context.CancellationToken.IsCancellationRequested)
            {
                throw;
            }

            context.Diagnostics.Report(Diagnostic.Warning(
                DiagnosticCodes.VoteTotalsUnavailable,
                new SourceLocation(build.DisplayPath(Path.Combine(build.InputRoot, "site.yml"))),
                $"vote totals were not fetched from {server}: {exception.Message}; pages are built without them (set 'comments.totals_at_build: false' to stop asking)"));
            return inputs;
        }

        return inputs
            .Select(d => d.Get<ParsedContent>().FrontMatter is StoryFrontMatter story && totals.TryGetValue(story.Id, out var found) ? d.With(found) : d)
            .ToImmutableArray();
    }

    private static int Count(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : 0;
}
