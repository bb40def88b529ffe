using System.Collections.Concurrent;
using System.Collections.Immutable;
using Site.Engine.Diagnostics;
using Site.Engine.Documents;
using Site.Engine.Modules;

namespace Site.Engine.Pipelines;

/// <summary>
/// Runs pipelines in dependency order. A pipeline starts as soon as the pipelines it depends on are done,
/// so independent pipelines run at the same time. Each pipeline's output is sorted by output path and id,
/// which makes the result independent of thread timing. A module that throws is a bug: it is reported as
/// a diagnostic naming the pipeline and module, and the pipeline yields no documents.
/// </summary>
public sealed class PipelineRunner(EngineOptions options)
{
    public async Task<RunResult> RunAsync(IReadOnlyList<Pipeline> pipelines, DiagnosticBag diagnostics, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pipelines);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var ordered = PipelineGraph.Order(pipelines, diagnostics);
        if (ordered is null)
        {
            return RunResult.Empty;
        }

        using var gate = new SemaphoreSlim(Math.Max(1, options.MaxDegreeOfParallelism));
        var outputs = new ConcurrentDictionary<string, ImmutableArray<Document>>(StringComparer.Ordinal);
        var tasks = new Dictionary<string, Task>(StringComparer.Ordinal);
        foreach (var pipeline in ordered)
        {
            var dependencies = pipeline.Dependencies.Select(d => tasks[d]).ToArray();
            tasks[pipeline.Name] = Task.Run(
                async () =>
                {
                    await Task.WhenAll(dependencies).ConfigureAwait(false);
                    var inputs = pipeline.Dependencies.ToDictionary(d => d, d => outputs[d], StringComparer.Ordinal);
                    var context = new PipelineContext(pipeline.Name, inputs, diagnostics, options.Clock, Math.Max(1, options.MaxDegreeOfParallelism), gate, cancellationToken, options.Memo, timings: options.Timings);
                    outputs[pipeline.Name] = await RunOneAsync(pipeline, context, pipeline.Publishes ? options.Finish : null).ConfigureAwait(false);
                },
                cancellationToken);
        }

        await Task.WhenAll(tasks.Values).ConfigureAwait(false);
        var published = ordered
            .Where(p => p.Publishes)
            .SelectMany(p => outputs[p.Name])
            .Where(d => d.OutputPath is not null && d.Content is not null)
            .Order(DocumentOrder.Instance)
            .ToImmutableArray();
        return new RunResult(outputs.ToImmutableDictionary(StringComparer.Ordinal), published);
    }

    private static async Task<ImmutableArray<Document>> RunOneAsync(Pipeline pipeline, PipelineContext context, Func<Document, Document>? finish)
    {
        var documents = ImmutableArray<Document>.Empty;
        var finished = false;
        for (var step = 0; step < pipeline.Modules.Length; step++)
        {
            var module = pipeline.Modules[step];
            context.Step = step;
            context.CancellationToken.ThrowIfCancellationRequested();
            context.StepInputs = documents;
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var thread = Environment.CurrentManagedThreadId;
            var cpu = context.Timings is null ? 0 : RunTimings.ThreadCpu();
            var row = context.Memo is null ? Row(pipeline.Modules, step) : [];
            try
            {
                if (row.Count > 0)
                {
                    // Outside a session, per-document steps run as rows; the last row finishes each document right
                    // after its last step (EngineOptions.Finish).
                    finished = finish is not null && step + row.Count == pipeline.Modules.Length;
                    documents = await ForEachDocument.Chain(row, step, documents, context, finished ? finish : null).ConfigureAwait(false);
                    step += row.Count - 1;
                    continue;
                }

                documents = module is ForEachDocument || context.Memo is null
                    ? await module.ExecuteAsync(documents, context).ConfigureAwait(false)
                    : await RunRememberingAsync(module, documents, context).ConfigureAwait(false);
                context.Timings?.Step(pipeline.Name, step, NameOf(module), System.Diagnostics.Stopwatch.GetTimestamp() - started, thread == Environment.CurrentManagedThreadId && module is not ForEachDocument ? RunTimings.ThreadCpu() - cpu : 0);
            }
            catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception exception)
            {
                var name = exception is ChainFailedException failed ? NameOf(pipeline.Modules[failed.Step]) : NameOf(module);
                exception = exception is ChainFailedException { InnerException: { } inner } ? inner : exception;
                context.Diagnostics.Report(Diagnostic.Error(
                    DiagnosticCodes.ModuleFailed,
                    PipelineGraph.DefinitionLocation,
                    $"internal error in module {name} of pipeline '{pipeline.Name}': {exception.GetType().Name}: {exception.Message} (this is a bug in the generator; please report it)"));
                return [];
            }
        }

        if (finish is not null && !finished)
        {
            documents = Finish(documents, finish, context);
        }

        return IsSorted(documents) ? documents : documents.Sort(DocumentOrder.Instance);
    }

    /// <summary>Every document through <paramref name="finish"/>, in parallel, for a pipeline that does not end in a row of per-document steps.</summary>
    private static ImmutableArray<Document> Finish(ImmutableArray<Document> documents, Func<Document, Document> finish, PipelineContext context)
    {
        var finished = new Document[documents.Length];
        Parallel.For(0, documents.Length, new ParallelOptions { MaxDegreeOfParallelism = context.MaxDegreeOfParallelism, CancellationToken = context.CancellationToken }, i => finished[i] = finish(documents[i]));
        return ImmutableArray.Create(finished);
    }

    /// <summary>
    /// A whole-set module in a session: its last outputs again while its signature holds; otherwise a run, after which
    /// each output that stands for the same thing as last run's document with its id is that document.
    /// </summary>
    private static async Task<ImmutableArray<Document>> RunRememberingAsync(IModule module, ImmutableArray<Document> inputs, PipelineContext context)
    {
        var memo = context.Memo!;
        var step = memo.Step(context.PipelineName, context.Step, module.GetType());
        var signature = module.DependsOn(inputs, context);
        if (signature is { } known && step.Whole is { } whole && whole.Signature == known)
        {
            memo.Count(hit: true, module.GetType());
            context.Diagnostics.ReportAll(whole.Diagnostics);
            return whole.Outputs;
        }

        memo.Count(hit: false, module.GetType());
        var bag = new DiagnosticBag();
        var outputs = await module.ExecuteAsync(inputs, context.WithDiagnostics(bag)).ConfigureAwait(false);
        var stable = ImmutableArray.CreateBuilder<Document>(outputs.Length);
        if (step.KeepsIdentity)
        {
            var kept = step.Kept;
            var seen = new Dictionary<string, Document>(outputs.Length, StringComparer.Ordinal);
            foreach (var output in outputs)
            {
                var document = kept.TryGetValue(output.Id, out var before) && !ReferenceEquals(before, output) && module.Same(before, output) ? before : output;
                stable.Add(document);
                seen[output.Id] = document;
            }

            kept.Clear();
            foreach (var (id, document) in seen)
            {
                kept[id] = document;
            }
        }
        else
        {
            stable.AddRange(outputs);
        }

        var result = stable.MoveToImmutable();
        var reported = bag.ToList();
        step.Whole = signature is { } made ? (made, result, reported) : null;
        context.Diagnostics.ReportAll(reported);
        return result;
    }

    /// <summary>
    /// The row of per-document steps that starts at <paramref name="step"/>: the steps up to the next whole-set step or
    /// the next step that reads its step's every input (<see cref="IDocumentModule.ReadsStepInputs"/>); empty when the
    /// step itself is not one.
    /// </summary>
    private static List<ForEachDocument> Row(ImmutableArray<IModule> modules, int step)
    {
        var row = new List<ForEachDocument>();
        for (var i = step; i < modules.Length && modules[i] is ForEachDocument { Module.ReadsStepInputs: false } each; i++)
        {
            row.Add(each);
        }

        return row;
    }

    internal static string NameOf(IModule module) => module is ForEachDocument each ? each.Module.GetType().Name : module.GetType().Name;

    private static bool IsSorted(ImmutableArray<Document> documents)
    {
        for (var i = 1; i < documents.Length; i++)
        {
            if (DocumentOrder.Instance.Compare(documents[i - 1], documents[i]) > 0)
            {
                return false;
            }
        }

        return true;
    }
}
