using System.Collections.Immutable;
using Site.Engine.Diagnostics;
using Site.Engine.Documents;
using Site.Engine.Modules;
using Site.Engine.Pipelines;
using Site.Testing;
using Xunit;

namespace Site.Engine.Tests;

public sealed class PipelineRunnerTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_pipeline_reads_the_sorted_output_of_its_dependencies()
    {
        var pipelines = new[]
        {
            new Pipeline("source").Then(new Emit("c.html", "a.html", "b.html")),
            new Pipeline("copy").DependsOn("source").Then(new ReadPipeline("source")).Publish(),
        };

        var result = await new PipelineRunner(new EngineOptions()).RunAsync(pipelines, new DiagnosticBag(), TestContext.Current.CancellationToken);

        Assert.Equal(["a.html", "b.html", "c.html"], result.Outputs["copy"].Select(d => d.OutputPath));
        Assert.Equal(3, result.Published.Length);
    }

    [Fact]
    public async Task Independent_pipelines_run_at_the_same_time()
    {
        using var barrier = new Barrier(2);
        IModule Meet() => new WholeSet((docs, _) =>
        {
            // Both pipelines must be inside this module at once, or the barrier times out.
            var met = barrier.SignalAndWait(Patience);
            return Task.FromResult(met ? docs.Add(new Document("met")) : docs);
        });

        var pipelines = new[] { new Pipeline("left").Then(Meet()), new Pipeline("right").Then(Meet()) };
        var result = await new PipelineRunner(new EngineOptions { MaxDegreeOfParallelism = 2 }).RunAsync(pipelines, new DiagnosticBag(), TestContext.Current.CancellationToken);

        Assert.Single(result.Outputs["left"]);
        Assert.Single(result.Outputs["right"]);
    }

    [Fact]
    public async Task Per_document_work_runs_in_parallel_but_never_above_the_bound_across_pipelines()
    {
        var current = 0;
        var peak = 0;
        IDocumentModule Track() => new Delegated((doc, _) =>
        {
            var now = Interlocked.Increment(ref current);
            Counters.InterlockedMax(ref peak, now);
            Thread.Sleep(15);
            Interlocked.Decrement(ref current);
            return [doc];
        });

        var paths = Enumerable.Range(0, 24).Select(i => $"{i}.html").ToArray();
        var pipelines = new[]
        {
            new Pipeline("one").Then(new Emit(paths)).Then(Track()),
            new Pipeline("two").Then(new Emit(paths)).Then(Track()),
            new Pipeline("three").Then(new Emit(paths)).Then(Track()),
        };

        await new PipelineRunner(new EngineOptions { MaxDegreeOfParallelism = 3 }).RunAsync(pipelines, new DiagnosticBag(), TestContext.Current.CancellationToken);

        Assert.InRange(peak, 2, 3);
    }

    [Fact]
    public async Task Output_order_does_not_depend_on_thread_timing()
    {
        var random = new Random(7);
        var delays = Enumerable.Range(0, 40).Select(_ => random.Next(0, 8)).ToArray();
        IDocumentModule Jitter() => new Delegated((doc, _) =>
        {
            Thread.Sleep(delays[int.Parse(doc.Id.Split('.')[0], System.Globalization.CultureInfo.InvariantCulture)]);
            return [doc.With(new Marker(doc.Id))];
        });

        async Task<string> RunOnce(int parallelism)
        {
            var paths = Enumerable.Range(0, 40).Select(i => $"{i}.html").Reverse().ToArray();
            var pipelines = new[] { new Pipeline("p").Then(new Emit(paths)).Then(Jitter()).Publish() };
            var result = await new PipelineRunner(new EngineOptions { MaxDegreeOfParallelism = parallelism }).RunAsync(pipelines, new DiagnosticBag(), TestContext.Current.CancellationToken);
            return string.Join(",", result.Published.Select(d => d.Get<Marker>().Value));
        }

        var serial = await RunOnce(1);
        Assert.Equal(serial, await RunOnce(4));
        Assert.Equal(serial, await RunOnce(2));
        Assert.StartsWith("0.html,1.html,10.html", serial, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancellation_stops_the_run()
    {
        using var cancel = new CancellationTokenSource();
        var started = 0;
        var module = new Delegated((doc, context) =>
        {
            if (Interlocked.Increment(ref started) == 3)
            {
                cancel.Cancel();
            }

            context.CancellationToken.ThrowIfCancellationRequested();
            return [doc];
        });
        var pipelines = new[] { new Pipeline("p").Then(new Emit(Enumerable.Range(0, 500).Select(i => $"{i}").ToArray())).Then(module) };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new PipelineRunner(new EngineOptions { MaxDegreeOfParallelism = 1 }).RunAsync(pipelines, new DiagnosticBag(), cancel.Token));
        Assert.True(started < 500);
    }

    [Fact]
    public async Task A_module_that_throws_is_reported_as_a_bug_naming_module_and_pipeline()
    {
        var bag = new DiagnosticBag();
        var pipelines = new[]
        {
            new Pipeline("broken").Then(new Emit("a")).Then(new Delegated((_, _) => throw new FormatException("boom"))),
            new Pipeline("fine").Then(new Emit("b")),
        };

        var result = await new PipelineRunner(new EngineOptions()).RunAsync(pipelines, bag, TestContext.Current.CancellationToken);

        var diagnostic = Assert.Single(bag.ToSortedList());
        Assert.Equal(DiagnosticCodes.ModuleFailed, diagnostic.Code);
        Assert.Contains("Delegated", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("'broken'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Empty(result.Outputs["broken"]);
        Assert.Single(result.Outputs["fine"]);
    }

    [Fact]
    public async Task Reading_an_undeclared_pipeline_is_a_programming_error()
    {
        var bag = new DiagnosticBag();
        var pipelines = new[] { new Pipeline("a").Then(new Emit("x")), new Pipeline("b").Then(new ReadPipeline("a")) };

        await new PipelineRunner(new EngineOptions()).RunAsync(pipelines, bag, TestContext.Current.CancellationToken);

        Assert.Contains("does not declare it", Assert.Single(bag.ToSortedList()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cycle_runs_nothing()
    {
        var bag = new DiagnosticBag();
        var result = await new PipelineRunner(new EngineOptions()).RunAsync([new Pipeline("a").DependsOn("b").Then(new Emit("x")), new Pipeline("b").DependsOn("a")], bag, TestContext.Current.CancellationToken);

        Assert.Empty(result.Outputs);
        Assert.True(bag.HasErrors);
    }
}
