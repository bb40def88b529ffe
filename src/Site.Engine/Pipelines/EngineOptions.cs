namespace Site.Engine.Pipelines;

/// <summary>Options of a run. <see cref="MaxDegreeOfParallelism"/> bounds all per-document work of the run together.</summary>
public sealed record EngineOptions
{
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
