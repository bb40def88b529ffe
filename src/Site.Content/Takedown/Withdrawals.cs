using Site.Engine.Pipelines;

namespace Site.Content.Takedown;

/// <summary>A document facet: every withdrawn story of the build (see <see cref="CollectWithdrawals"/>).</summary>
public sealed record Withdrawals(IReadOnlyList<Withdrawal> Items)
{
    /// <summary>The withdrawals that the named pipeline (which runs <see cref="CollectWithdrawals"/>) worked out.</summary>
    public static IReadOnlyList<Withdrawal> In(PipelineContext context, string pipeline) =>
        context.OutputsOf(pipeline) is [var document, ..] ? document.Get<Withdrawals>().Items : [];
}
