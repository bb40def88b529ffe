using System.Collections.Concurrent;
using System.Collections.Immutable;
using Site.Engine.Diagnostics;
using Site.Engine.Documents;

namespace Site.Engine.Pipelines;

/// <summary>
/// What a module sees while it runs: its pipeline's name, the outputs of the pipelines it declared as
/// dependencies, the documents its step runs on, the diagnostics bag, the clock and the cancellation token. Thread-safe.
/// </summary>
public sealed class PipelineContext
{
    private readonly IReadOnlyDictionary<string, ImmutableArray<Document>> dependencyOutputs;
    private readonly ConcurrentDictionary<object, Lazy<object?>> once;

    internal PipelineContext(
        string pipelineName,
        IReadOnlyDictionary<string, ImmutableArray<Document>> dependencyOutputs,
        DiagnosticBag diagnostics,
        TimeProvider clock,
        int maxDegreeOfParallelism,
        SemaphoreSlim gate,
        CancellationToken cancellationToken,
        ModuleMemo? memo = null,
        ConcurrentDictionary<object, Lazy<object?>>? once = null,
        RunTimings? timings = null)
    {
        Memo = memo;
        Timings = timings;
        this.once = once ?? new ConcurrentDictionary<object, Lazy<object?>>();
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

    /// <summary>The session's memo, if the run has one (only the engine reads it: modules declare signatures).</summary>
    internal ModuleMemo? Memo { get; }

    /// <summary>Where the run records its steps' times, if it does.</summary>
    internal RunTimings? Timings { get; }

    /// <summary>The documents the running step was given (what a per-document module's siblings are).</summary>
    public ImmutableArray<Document> StepInputs { get; internal set; } = [];

    /// <summary>The position of the running module in its pipeline (set by the runner).</summary>
    internal int Step { get; set; }

    /// <summary>The same context with another diagnostics bag (to record what one document's run reported).</summary>
    internal PipelineContext WithDiagnostics(DiagnosticBag bag) =>
        new(PipelineName, dependencyOutputs, bag, Clock, MaxDegreeOfParallelism, Gate, CancellationToken, Memo, once, Timings) { Step = Step, StepInputs = StepInputs };

    /// <summary>
    /// A value worked out once for the running step, whoever asks first (a per-document module's view of all the
    /// documents of its step, say): <paramref name="owner"/> (usually the module) names it. Not kept between steps.
    /// </summary>
    public T Once<T>(object owner, Func<T> create) =>
        (T)once.GetOrAdd((owner, Step), _ => new Lazy<object?>(() => create(), LazyThreadSafetyMode.ExecutionAndPublication)).Value!;

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
