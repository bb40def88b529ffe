using System.Collections.Concurrent;
using System.Collections.Immutable;
using Site.Engine.Diagnostics;
using Site.Engine.Documents;
using Site.Engine.Modules;
using Site.Engine.Pipelines;
using Xunit;

namespace Site.Engine.Tests;

/// <summary>
/// A row of per-document steps outside a session takes each document through the whole row at once
/// (<see cref="ForEachDocument.Chain"/>): the same documents as step by step, a document's in-between versions gone
/// before the next document starts, a step that reads its step's every input still waiting for the row before it.
/// </summary>
public sealed class StepRowTests
{
    private static readonly string[] Paths = ["c.html", "a.html", "b.html", "d.html"];

    [Fact]
    public async Task Each_document_goes_through_the_whole_row_before_the_next_starts()
    {
        var log = new ConcurrentQueue<string>();
        var pipeline = new Pipeline("p").Then(new Emit(Paths))
            .Then(new Delegated((doc, _) => { log.Enqueue($"first {doc.Id}"); return [doc]; }))
            .Then(new Delegated((doc, _) => { log.Enqueue($"second {doc.Id}"); return [doc]; }))
            .Publish();

        await new PipelineRunner(new EngineOptions { MaxDegreeOfParallelism = 1 }).RunAsync([pipeline], new DiagnosticBag(), TestContext.Current.CancellationToken);

        Assert.Equal(
            ["first c.html", "second c.html", "first a.html", "second a.html", "first b.html", "second b.html", "first d.html", "second d.html"],
            log.ToArray());
    }

    [Fact]
    public async Task A_row_gives_the_documents_and_order_that_steps_one_by_one_give()
    {
        // Steps that add documents, drop some and change the rest: a session (which runs steps one by one, to remember
        // each) and a build (which runs the row) publish the same documents in the same order.
        Pipeline Make() => new Pipeline("p").Then(new Emit(Paths))
            .Then(new Delegated((doc, _) => doc.Id == "b.html" ? [] : [doc, new Document("x-" + doc.Id) { OutputPath = "x/" + doc.OutputPath, Content = DocumentContent.FromText("x") }]))
            .Then(new Delegated((doc, _) => [doc.With(new Marker(doc.Id.ToUpperInvariant()))]))
            .Then(new Delegated((doc, _) => doc.Id.StartsWith("x-d", StringComparison.Ordinal) ? [] : [doc]))
            .Publish();

        async Task<string> Run(ModuleMemo? memo)
        {
            var result = await new PipelineRunner(new EngineOptions { MaxDegreeOfParallelism = 2, Memo = memo }).RunAsync([Make()], new DiagnosticBag(), TestContext.Current.CancellationToken);
            return string.Join(",", result.Published.Select(d => $"{d.OutputPath}={d.Get<Marker>().Value}"));
        }

        var stepByStep = await Run(new ModuleMemo());
        Assert.Equal(stepByStep, await Run(null));
        Assert.Equal("a.html=A.HTML,c.html=C.HTML,d.html=D.HTML,x/a.html=X-A.HTML,x/c.html=X-C.HTML", stepByStep);
    }

    [Fact]
    public async Task A_step_that_reads_every_input_of_its_step_waits_for_the_row_before_it()
    {
        var seen = new ConcurrentBag<int>();
        var pipeline = new Pipeline("p").Then(new Emit(Paths))
            .Then(new Delegated((doc, _) => [doc.With(new Marker("made"))]))
            .Then(new ReadsAll((doc, context) =>
            {
                seen.Add(context.StepInputs.Count(d => d.TryGet<Marker>(out _)));
                return [doc];
            }))
            .Publish();

        await new PipelineRunner(new EngineOptions { MaxDegreeOfParallelism = 2 }).RunAsync([pipeline], new DiagnosticBag(), TestContext.Current.CancellationToken);

        Assert.Equal([4, 4, 4, 4], seen.ToArray());
    }

    [Fact]
    public async Task A_step_of_a_row_that_throws_is_named_as_a_step_alone_would_be()
    {
        var bag = new DiagnosticBag();
        var pipeline = new Pipeline("broken").Then(new Emit(Paths))
            .Then(new Delegated((doc, _) => [doc]))
            .Then(new Exploding())
            .Then(new Delegated((doc, _) => [doc]));

        var result = await new PipelineRunner(new EngineOptions()).RunAsync([pipeline], bag, TestContext.Current.CancellationToken);

        var diagnostic = Assert.Single(bag.ToSortedList());
        Assert.Equal(DiagnosticCodes.ModuleFailed, diagnostic.Code);
        Assert.Contains("module Exploding of pipeline 'broken': FormatException: boom", diagnostic.Message, StringComparison.Ordinal);
        Assert.Empty(result.Outputs["broken"]);
    }

    [Fact]
    public async Task Timings_still_name_every_step_of_a_row_with_its_documents()
    {
        var timings = new RunTimings();
        var pipeline = new Pipeline("p").Then(new Emit(Paths))
            .Then(new Delegated((doc, _) => [doc, new Document("extra-" + doc.Id)]))
            .Then(new Exploding(never: true))
            .Publish();

        await new PipelineRunner(new EngineOptions { Timings = timings }).RunAsync([pipeline], new DiagnosticBag(), TestContext.Current.CancellationToken);

        var report = timings.Format(TimeSpan.Zero);
        Assert.Matches(@"p/1:Delegated\s+\d+\.\d\d\s+\d+\.\d\d\s+4\b", report);
        Assert.Matches(@"p/2:Exploding\s+\d+\.\d\d\s+\d+\.\d\d\s+8\b", report);
    }

    private sealed class Exploding(bool never = false) : IDocumentModule
    {
        public IEnumerable<Document> Execute(Document input, PipelineContext context) =>
            never || input.Id != "b.html" ? [input] : throw new FormatException("boom");
    }

    private sealed class ReadsAll(Func<Document, PipelineContext, IEnumerable<Document>> body) : IDocumentModule
    {
        public bool ReadsStepInputs => true;

        public IEnumerable<Document> Execute(Document input, PipelineContext context) => body(input, context);
    }
}
