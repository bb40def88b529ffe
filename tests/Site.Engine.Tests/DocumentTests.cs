using Site.Engine.Documents;
using Xunit;

namespace Site.Engine.Tests;

public sealed class DocumentTests
{
    [Fact]
    public void With_returns_a_new_document_and_leaves_the_original_unchanged()
    {
        var original = new Document("a");
        var changed = original.With(new Marker("x"));

        Assert.False(original.Has<Marker>());
        Assert.Equal("x", changed.Get<Marker>().Value);
    }

    [Fact]
    public void A_facet_is_replaced_by_type_not_added_twice()
    {
        var document = new Document("a").With(new Marker("1")).With(new Marker("2"));

        Assert.Equal("2", document.Get<Marker>().Value);
        Assert.Single(document.FacetTypes);
    }

    [Fact]
    public void Get_of_a_missing_facet_names_the_document_and_facet()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new Document("stories/x.md").Get<Marker>());
        Assert.Contains("stories/x.md", error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(Marker), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_removes_a_facet()
    {
        var document = new Document("a").With(new Marker("x")).Without<Marker>();
        Assert.False(document.TryGet<Marker>(out _));
    }

    [Fact]
    public void Documents_sort_by_output_path_then_id_ordinally()
    {
        var documents = new[]
        {
            new Document("2") { OutputPath = "b/index.html" },
            new Document("1") { OutputPath = "B/index.html" },
            new Document("3") { OutputPath = "b/index.html" },
            new Document("0"),
        };

        var sorted = documents.Order(DocumentOrder.Instance).Select(d => d.Id);
        Assert.Equal(["0", "1", "2", "3"], sorted);
    }
}
