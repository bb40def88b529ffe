using System.Collections.Immutable;
using Site.Engine.Diagnostics;
using Site.Engine.Documents;

namespace Site.Engine.Pipelines;

/// <summary>
/// What a module sees while it runs: its pipeline's name, the outputs of the pipelines it declared as
/// dependencies, the diagnostics bag, the clock and the cancellation token. Thread-safe.
/// </summary>
public sealed class PipelineContext
{
    private readonly IReadOnlyDictionary<string, ImmutableArray<Document>> dependencyOutputs;

    internal PipelineContext(
        string pipelineName,
        IReadOnlyDictionary<string, ImmutableArray<Document>> dependencyOutputs,
        DiagnosticBag diagnostics,
        TimeProvider clock,
        int maxDegreeOfParallelism,
        SemaphoreSlim gate,
        CancellationToken cancellationToken)
    {
        PipelineName = pipelineName;
        this.dependencyOutputs = dependencyOutputs;
        Diagnostics = diagnostics;
        Clock = clock;
        MaxDegreeOfParallelism = maxDegreeOfParallelism;
        Gate = gate;
        CancellationToken = cancellationToken;
    }

    public string PipelineName { get; }

    public DiagnosticBag Diagnostics { get; }

    public TimeProvider Clock { get; }

    public int MaxDegreeOfParallelism { get; }

    public CancellationToken CancellationToken { get; }

    internal SemaphoreSlim Gate { get; }

    /// <summary>The sorted output of a pipeline this one depends on.</summary>
    public ImmutableArray<Document> OutputsOf(string pipeline) =>
        dependencyOutputs.TryGetValue(pipeline, out var documents)
            ? documents
            : throw new InvalidOperationException(
                $"Pipeline '{PipelineName}' reads '{pipeline}' but does not declare it as a dependency.");

    /// <summary>Creates a context for running modules outside a pipeline run, as tests do.</summary>
    public static PipelineContext ForTesting(
        DiagnosticBag diagnostics,
        TimeProvider? clock = null,
        IReadOnlyDictionary<string, ImmutableArray<Document>>? dependencies = null,
        int maxDegreeOfParallelism = 2) =>
        new(
            "test",
            dependencies ?? new Dictionary<string, ImmutableArray<Document>>(),
            diagnostics,
            clock ?? TimeProvider.System,
            maxDegreeOfParallelism,
            new SemaphoreSlim(maxDegreeOfParallelism),
            CancellationToken.None);
}
