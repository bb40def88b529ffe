using System.Collections.Immutable;
using Site.Engine.Diagnostics;
using Site.Engine.Documents;
using Site.Engine.Pipelines;

namespace Site.Engine.Modules;

/// <summary>
/// Runs an <see cref="IDocumentModule"/> over every input in parallel. Concurrency is bounded by the run's
/// shared gate, so all pipelines together use at most <see cref="PipelineContext.MaxDegreeOfParallelism"/>
/// threads for per-document work. Results keep the input order. In a session, a document the step has seen, with
/// the same signature, is answered from the memo.
/// </summary>
public sealed class ForEachDocument(IDocumentModule module) : IModule
{
    public IDocumentModule Module { get; } = module ?? throw new ArgumentNullException(nameof(module));

    public async ValueTask<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var results = new IReadOnlyList<Document>[inputs.Length];
        var memo = context.Memo?.Step(context.PipelineName, context.Step, Module.GetType());
        var signatures = memo is null ? null : new Signature[inputs.Length];
        var work = Enumerable.Range(0, inputs.Length);
        if (memo is not null)
        {
            // Answer what the memo knows first, on this thread: in a preview that is nearly every document.
            memo.NewRun(inputs.Length);
            var misses = new List<int>();
            for (var i = 0; i < inputs.Length; i++)
            {
                signatures![i] = Module.DependsOn(inputs[i], context);
                if (Remembered(inputs[i], signatures[i], context, memo) is { } outputs)
                {
                    results[i] = outputs;
                }
                else
                {
                    misses.Add(i);
                }
            }

            work = misses;
        }

        if (memo is not null && work is List<int> { Count: <= InlineLimit } few)
        {
            // A session's rebuild usually misses a handful of documents: not worth a parallel loop.
            foreach (var index in few)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                results[index] = Run(inputs[index], signatures![index], context, memo);
            }

            return Collect(results, inputs.Length);
        }

        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = context.MaxDegreeOfParallelism,
            CancellationToken = context.CancellationToken,
        };
        await Parallel.ForEachAsync(work, options, async (index, token) =>
        {
            await context.Gate.WaitAsync(token).ConfigureAwait(false);
            try
            {
                token.ThrowIfCancellationRequested();
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                var cpu = context.Timings is null ? 0 : RunTimings.ThreadCpu();
                results[index] = memo is null ? Module.Execute(inputs[index], context).ToList() : Run(inputs[index], signatures![index], context, memo);
                context.Timings?.Document(context.PipelineName, context.Step, Module.GetType().Name, System.Diagnostics.Stopwatch.GetTimestamp() - started, RunTimings.ThreadCpu() - cpu);
            }
            finally
            {
                context.Gate.Release();
            }
        }).ConfigureAwait(false);

        return Collect(results, inputs.Length);
    }

    /// <summary>
    /// Runs a row of per-document steps (<paramref name="steps"/>, the pipeline's steps from <paramref name="first"/>
    /// on) outside a session: each input goes through every step before the next input starts, in parallel as
    /// <see cref="ExecuteAsync"/> does. The results are the same as running the steps one after the other (each keeps
    /// the order of its inputs, and none of them reads the other inputs of its step), but a document's in-between
    /// versions (a page's HTML before its images are made responsive) are dropped at once instead of being held for
    /// the whole site until the next step starts. A step that throws is named by <see cref="ChainFailedException"/>.
    /// With timings, each step's share of the row's wall time is in proportion to its work. <paramref name="finish"/>, if
    /// given, is applied to each document that leaves the row (<see cref="EngineOptions.Finish"/>).
    /// </summary>
    public static async ValueTask<ImmutableArray<Document>> Chain(IReadOnlyList<ForEachDocument> steps, int first, ImmutableArray<Document> inputs, PipelineContext context, Func<Document, Document>? finish = null)
    {
        ArgumentNullException.ThrowIfNull(steps);
        ArgumentNullException.ThrowIfNull(context);
        var results = new IReadOnlyList<Document>[inputs.Length];
        var timings = context.Timings;
        var work = timings is null ? null : new long[steps.Count];
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = context.MaxDegreeOfParallelism,
            CancellationToken = context.CancellationToken,
        };
        await Parallel.ForEachAsync(Enumerable.Range(0, inputs.Length), options, async (index, token) =>
        {
            await context.Gate.WaitAsync(token).ConfigureAwait(false);
            try
            {
                IReadOnlyList<Document> documents = [inputs[index]];
                for (var step = 0; step < steps.Count; step++)
                {
                    token.ThrowIfCancellationRequested();
                    var module = steps[step].Module;
                    var next = new List<Document>(documents.Count);
                    foreach (var document in documents)
                    {
                        var begun = System.Diagnostics.Stopwatch.GetTimestamp();
                        var cpu = timings is null ? 0 : RunTimings.ThreadCpu();
                        try
                        {
                            next.AddRange(module.Execute(document, context));
                        }
                        catch (Exception exception) when (exception is not OperationCanceledException)
                        {
                            throw new ChainFailedException(first + step, exception);
                        }

                        if (timings is not null)
                        {
                            var elapsed = System.Diagnostics.Stopwatch.GetTimestamp() - begun;
                            Interlocked.Add(ref work![step], elapsed);
                            timings.Document(context.PipelineName, first + step, module.GetType().Name, elapsed, RunTimings.ThreadCpu() - cpu);
                        }
                    }

                    documents = next;
                }

                if (finish is not null)
                {
                    var finished = new Document[documents.Count];
                    for (var i = 0; i < finished.Length; i++)
                    {
                        finished[i] = finish(documents[i]);
                    }

                    documents = finished;
                }

                results[index] = documents;
            }
            finally
            {
                context.Gate.Release();
            }
        }).ConfigureAwait(false);

        if (timings is not null)
        {
            var wall = System.Diagnostics.Stopwatch.GetTimestamp() - started;
            var total = Math.Max(1, work!.Sum());
            for (var step = 0; step < steps.Count; step++)
            {
                timings.Step(context.PipelineName, first + step, steps[step].Module.GetType().Name, (long)((double)wall * work![step] / total), 0);
            }
        }

        return Collect(results, inputs.Length);
    }

    /// <summary>Up to this many documents to run, a session runs them on its own thread.</summary>
    private const int InlineLimit = 8;

    private static ImmutableArray<Document> Collect(IReadOnlyList<Document>[] results, int count)
    {
        var builder = ImmutableArray.CreateBuilder<Document>(count);
        foreach (var result in results)
        {
            builder.AddRange(result);
        }

        return builder.ToImmutable();
    }

    private IReadOnlyList<Document>? Remembered(Document input, Signature signature, PipelineContext context, ModuleMemo.StepMemo memo)
    {
        if (!memo.TryGet(input, signature, out var entry))
        {
            return null;
        }

        context.Memo!.Count(hit: true, Module.GetType());
        if (entry.Diagnostics.Count > 0)
        {
            context.Diagnostics.ReportAll(entry.Diagnostics);
        }

        return entry.Outputs;
    }

    /// <summary>Runs the module on a document the memo does not know, and remembers its outputs and diagnostics.</summary>
    private IReadOnlyList<Document> Run(Document input, Signature signature, PipelineContext context, ModuleMemo.StepMemo memo)
    {
        context.Memo!.Count(hit: false, Module.GetType());
        var bag = new DiagnosticBag();
        var outputs = Module.Execute(input, context.WithDiagnostics(bag)).ToList();
        var reported = bag.ToList();
        memo.Set(input, new ModuleMemo.Entry(signature, outputs, reported));
        context.Diagnostics.ReportAll(reported);
        return outputs;
    }
}

/// <summary>A step of a row run by <see cref="ForEachDocument.Chain"/> threw: <see cref="Step"/> is its index in the pipeline.</summary>
public sealed class ChainFailedException(int step, Exception inner) : Exception(inner.Message, inner)
{
    public int Step { get; } = step;
}
