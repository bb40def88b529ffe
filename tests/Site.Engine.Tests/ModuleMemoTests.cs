using System.Collections.Immutable;
using Site.Engine.Diagnostics;
using Site.Engine.Documents;
using Site.Engine.Modules;
using Site.Engine.Pipelines;
using Xunit;

namespace Site.Engine.Tests;

/// <summary>The memo a preview keeps between runs: per-document results by document identity and signature, whole-set results by signature, kept identities.</summary>
public sealed class ModuleMemoTests
{
    private static readonly ImmutableArray<Document> Sources = [new Document("a") { OutputPath = "a" }, new Document("b") { OutputPath = "b" }];

    [Fact]
    public async Task The_same_input_document_is_answered_from_the_memo_with_its_diagnostics()
    {
        var memo = new ModuleMemo();
        var runs = 0;
        var module = new Delegated((d, c) =>
        {
            Interlocked.Increment(ref runs);
            c.Diagnostics.Report(Diagnostic.Warning("SG9001", new SourceLocation(d.Id), "seen"));
            return [d.With(new Marker(d.Id))];
        });

        var first = await Run(memo, module, Sources);
        var second = await Run(memo, module, Sources);

        Assert.Equal(2, runs);
        Assert.Equal(first.Documents, second.Documents);
        Assert.Equal(2, second.Diagnostics.Count);
        Assert.Equal(2, memo.Hits);
    }

    [Fact]
    public async Task A_new_document_or_a_new_key_runs_the_module_again()
    {
        var memo = new ModuleMemo();
        var key = "v1";
        var runs = 0;
        var module = new Keyed(() => key, d => { Interlocked.Increment(ref runs); return d.With(new Marker(key)); });

        await Run(memo, module, Sources);
        await Run(memo, module, [Sources[0], new Document("b") { OutputPath = "b" }]);
        key = "v2";
        var third = await Run(memo, module, Sources);

        Assert.Equal(2 + 1 + 2, runs);
        Assert.All(third.Documents, d => Assert.Equal("v2", d.Get<Marker>().Value));
    }

    [Fact]
    public async Task Without_a_memo_every_run_executes()
    {
        var runs = 0;
        var module = new Delegated((d, _) => { Interlocked.Increment(ref runs); return [d]; });

        await Run(null, module, Sources);
        await Run(null, module, Sources);

        Assert.Equal(4, runs);
    }

    [Fact]
    public async Task A_whole_set_module_gives_its_last_outputs_and_diagnostics_while_its_signature_holds()
    {
        var memo = new ModuleMemo();
        var (signature, made) = ("s1", 0);
        var module = new Signed(() => signature, context =>
        {
            made++;
            context.Diagnostics.Report(Diagnostic.Error("SG9002", new SourceLocation("x"), "kept"));
            return [new Document("out" + made)];
        });

        var first = await RunWhole(memo, module);
        var second = await RunWhole(memo, module);
        signature = "s2";
        var third = await RunWhole(memo, module);

        Assert.Equal(2, made);
        Assert.Same(first.Documents[0], second.Documents[0]);
        Assert.NotSame(first.Documents[0], third.Documents[0]);
        Assert.Equal([1, 1, 1], new[] { first.Diagnostics.Count, second.Diagnostics.Count, third.Diagnostics.Count });
    }

    [Fact]
    public async Task A_document_that_stands_for_the_same_keeps_its_identity_until_it_is_forgotten()
    {
        var memo = new ModuleMemo();
        var module = new Signed(() => null, _ => [new Document("p") { SourcePath = "input/p.md" }], same: true);

        var first = await RunWhole(memo, module);
        var again = await RunWhole(memo, module);
        memo.Forget("input/p.md");
        var fresh = await RunWhole(memo, module);

        Assert.Same(first.Documents[0], again.Documents[0]);
        Assert.NotSame(first.Documents[0], fresh.Documents[0]);
    }

    [Fact]
    public void Signatures_compare_values_and_sequences_of_values()
    {
        IReadOnlyList<string> tags = ["a", "b"];

        Assert.Equal(Signature.Of("x", 1, new[] { "a", "b" }), Signature.Of("x", 1, tags));
        Assert.NotEqual(Signature.Of("x", 1, new[] { "a", "c" }), Signature.Of("x", 1, tags));
        Assert.Equal(Signature.Of("pages", new List<object[]> { new object[] { "p", tags } }), Signature.Of("pages", new List<object[]> { new object[] { "p", new List<string> { "a", "b" } } }));
        Assert.Equal(default, Signature.Of());
    }

    private static async Task<(ImmutableArray<Document> Documents, IReadOnlyList<Diagnostic> Diagnostics)> RunWhole(ModuleMemo memo, IModule module)
    {
        var diagnostics = new DiagnosticBag();
        var result = await new PipelineRunner(new EngineOptions { Memo = memo, MaxDegreeOfParallelism = 2 }).RunAsync([new Pipeline("p").Then(module)], diagnostics, TestContext.Current.CancellationToken);
        return (result.Outputs["p"], diagnostics.ToSortedList());
    }

    private static async Task<(ImmutableArray<Document> Documents, IReadOnlyList<Diagnostic> Diagnostics)> Run(ModuleMemo? memo, IDocumentModule module, ImmutableArray<Document> inputs)
    {
        var diagnostics = new DiagnosticBag();
        var pipeline = new Pipeline("p").Then(new WholeSet((_, _) => Task.FromResult(inputs))).Then(module);
        var result = await new PipelineRunner(new EngineOptions { Memo = memo, MaxDegreeOfParallelism = 2 }).RunAsync([pipeline], diagnostics, TestContext.Current.CancellationToken);
        return (result.Outputs["p"], diagnostics.ToSortedList());
    }

    private sealed class Keyed(Func<string> key, Func<Document, Document> body) : IDocumentModule
    {
        public IEnumerable<Document> Execute(Document input, PipelineContext context) => [body(input)];

        public Signature DependsOn(Document input, PipelineContext context) => Signature.Of(key());
    }

    private sealed class Signed(Func<string?> signature, Func<PipelineContext, ImmutableArray<Document>> body, bool same = false) : IModule
    {
        public ValueTask<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context) => ValueTask.FromResult(body(context));

        public Signature? DependsOn(ImmutableArray<Document> inputs, PipelineContext context) => signature() is { } value ? Signature.Of(value) : null;

        public bool Same(Document before, Document now) => same;
    }
}
