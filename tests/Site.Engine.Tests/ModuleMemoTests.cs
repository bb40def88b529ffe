using System.Collections.Immutable;
using Site.Engine.Diagnostics;
using Site.Engine.Documents;
using Site.Engine.Modules;
using Site.Engine.Pipelines;
using Xunit;

namespace Site.Engine.Tests;

/// <summary>The memo a preview keeps between runs: per-document results by document identity, keys, kept whole-set results.</summary>
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
    public void Keep_returns_the_same_outputs_and_diagnostics_while_the_signature_holds()
    {
        var memo = new ModuleMemo();
        var made = 0;
        ImmutableArray<Document> Make(DiagnosticBag bag)
        {
            made++;
            bag.Report(Diagnostic.Error("SG9002", new SourceLocation("x"), "kept"));
            return [new Document("out" + made)];
        }

        var (one, two, three) = (new DiagnosticBag(), new DiagnosticBag(), new DiagnosticBag());
        var first = memo.Keep("k", "s1", string.Equals, one, Make);
        var second = memo.Keep("k", "s1", string.Equals, two, Make);
        var third = memo.Keep("k", "s2", string.Equals, three, Make);

        Assert.Equal(2, made);
        Assert.Same(first[0], second[0]);
        Assert.NotSame(first[0], third[0]);
        Assert.Equal([1, 1, 1], new[] { one.ErrorCount, two.ErrorCount, three.ErrorCount });
    }

    [Fact]
    public void Reuse_keeps_the_first_document_while_it_is_the_same_and_forget_drops_it()
    {
        var memo = new ModuleMemo();
        var first = memo.Reuse("page", new Document("p"), (_, _) => true);
        var again = memo.Reuse("page", new Document("p"), (_, _) => true);
        memo.Forget("page");
        var fresh = memo.Reuse("page", new Document("p"), (_, _) => true);

        Assert.Same(first, again);
        Assert.NotSame(first, fresh);
    }

    private static async Task<(ImmutableArray<Document> Documents, IReadOnlyList<Diagnostic> Diagnostics)> Run(ModuleMemo? memo, IDocumentModule module, ImmutableArray<Document> inputs)
    {
        var diagnostics = new DiagnosticBag();
        var pipeline = new Pipeline("p").Then(new WholeSet((_, _) => Task.FromResult(inputs))).Then(module);
        var result = await new PipelineRunner(new EngineOptions { Memo = memo, MaxDegreeOfParallelism = 2 }).RunAsync([pipeline], diagnostics, TestContext.Current.CancellationToken);
        return (result.Outputs["p"], diagnostics.ToSortedList());
    }

    private sealed class Keyed(Func<string> key, Func<Document, Document> body) : IDocumentModule, IMemoKey
    {
        public IEnumerable<Document> Execute(Document input, PipelineContext context) => [body(input)];

        public string MemoKey(Document input) => key();
    }
}
