using System.Collections.Immutable;
using Site.Engine.Documents;
using Site.Engine.Pipelines;

namespace Site.Engine.Modules;

/// <summary>
/// Runs an <see cref="IDocumentModule"/> over every input in parallel. Concurrency is bounded by the run's
/// shared gate, so all pipelines together use at most <see cref="PipelineContext.MaxDegreeOfParallelism"/>
/// threads for per-document work. Results keep the input order.
/// </summary>
public sealed class ForEachDocument(IDocumentModule module) : IModule
{
    public IDocumentModule Module { get; } = module ?? throw new ArgumentNullException(nameof(module));

    public async ValueTask<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var results = new IReadOnlyList<Document>[inputs.Length];
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
                token.ThrowIfCancellationRequested();
                results[index] = Module.Execute(inputs[index], context).ToList();
            }
            finally
            {
                context.Gate.Release();
            }
        }).ConfigureAwait(false);

        var builder = ImmutableArray.CreateBuilder<Document>(inputs.Length);
        foreach (var result in results)
        {
            builder.AddRange(result);
        }

        return builder.ToImmutable();
    }
}
