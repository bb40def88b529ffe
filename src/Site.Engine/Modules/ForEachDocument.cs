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
