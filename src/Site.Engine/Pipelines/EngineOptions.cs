using Site.Engine.Documents;

namespace Site.Engine.Pipelines;

/// <summary>Options of a run. <see cref="MaxDegreeOfParallelism"/> bounds all per-document work of the run together.</summary>
public sealed record EngineOptions
{
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Results remembered from earlier runs of the same session (the preview's); null for a plain build.</summary>
    public ModuleMemo? Memo { get; init; }

    /// <summary>Where the run records how long each step took (<c>site build --timings</c>); null records nothing.</summary>
    public RunTimings? Timings { get; init; }

    /// <summary>
    /// Applied to each document a publishing pipeline yields, as soon as it is final (in the last row of per-document
    /// steps, right after a document's last step): a build writes it early (<see cref="Output.EarlyWriter"/>); null
    /// leaves documents as they are.
    /// </summary>
    public Func<Document, Document>? Finish { get; init; }
}
