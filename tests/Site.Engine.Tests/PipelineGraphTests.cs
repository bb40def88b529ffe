using Site.Engine.Diagnostics;
using Site.Engine.Pipelines;
using Xunit;

namespace Site.Engine.Tests;

public sealed class PipelineGraphTests
{
    [Fact]
    public void Orders_dependencies_before_dependents()
    {
        var pipelines = new[]
        {
            new Pipeline("sitemap").DependsOn("pages", "listings"),
            new Pipeline("listings").DependsOn("content"),
            new Pipeline("pages").DependsOn("content"),
            new Pipeline("content"),
        };

        var order = PipelineGraph.Order(pipelines, new DiagnosticBag())!.Select(p => p.Name).ToList();

        Assert.Equal(["content", "listings", "pages", "sitemap"], order);
    }

    [Fact]
    public void A_cycle_is_a_diagnostic_that_names_it()
    {
        var bag = new DiagnosticBag();
        var pipelines = new[] { new Pipeline("a").DependsOn("b"), new Pipeline("b").DependsOn("c"), new Pipeline("c").DependsOn("a"), new Pipeline("d") };

        Assert.Null(PipelineGraph.Order(pipelines, bag));

        var diagnostic = Assert.Single(bag.ToSortedList());
        Assert.Equal(DiagnosticCodes.PipelineCycle, diagnostic.Code);
        Assert.Contains("a -> b -> c -> a", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pipeline_depending_on_itself_is_a_cycle()
    {
        var bag = new DiagnosticBag();
        Assert.Null(PipelineGraph.Order([new Pipeline("a").DependsOn("a")], bag));
        Assert.Contains("a -> a", Assert.Single(bag.ToSortedList()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_dependency_and_a_duplicate_name_are_reported()
    {
        var bag = new DiagnosticBag();
        Assert.Null(PipelineGraph.Order([new Pipeline("a").DependsOn("missing"), new Pipeline("b"), new Pipeline("b")], bag));

        var codes = bag.ToSortedList().Select(d => d.Code).Order().ToList();
        Assert.Equal(new[] { DiagnosticCodes.UnknownPipeline, DiagnosticCodes.DuplicatePipeline }.Order(), codes);
    }
}
