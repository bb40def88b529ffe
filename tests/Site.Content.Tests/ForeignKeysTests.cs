using Site.Content.FrontMatter;
using Site.Testing;
using Xunit;

namespace Site.Content.Tests;

/// <summary>The table of keys from other tools (<see cref="ForeignKeys"/>) and the one under SG2004 in docs/errors.md are the same.</summary>
public sealed class ForeignKeysTests
{
    [Fact]
    public void Docs_show_the_table_the_messages_use()
    {
        var docs = File.ReadAllText(Repository.PathTo("docs", "errors.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var table = ForeignKeys.Markdown();
        Assert.True(docs.Contains(table, StringComparison.Ordinal), $"docs/errors.md (under SG2004) must hold this table as it is:\n{table}");
    }

    [Fact]
    public void Each_key_and_field_pair_is_written_once_and_no_key_is_one_of_ours()
    {
        var pairs = ForeignKeys.All.Select(e => (ForeignKeys.Normalize(e.Key), e.Field)).ToList();
        Assert.Equal(pairs.Count, pairs.Distinct().Count());
        var ours = new[] { typeof(Model.StoryFrontMatter), typeof(Model.ArticleFrontMatter), typeof(Model.EventFrontMatter), typeof(Model.PageFrontMatter) }
            .SelectMany(t => t.GetConstructors().Single().GetParameters())
            .Select(p => ForeignKeys.Normalize(p.Name!))
            .ToHashSet(StringComparer.Ordinal);

        // A key that is a field of some kind (author, status) is looked up only where that kind lacks it.
        Assert.All(ForeignKeys.All.Where(e => ours.Contains(ForeignKeys.Normalize(e.Key))), e => Assert.Contains(e.Key, new[] { "author", "status" }));
    }
}
