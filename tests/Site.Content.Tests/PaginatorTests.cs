using Site.Content.Listings;
using Site.Content.Views;
using Xunit;

namespace Site.Content.Tests;

public sealed class PaginatorTests
{
    [Fact]
    public void Twenty_entries_fit_on_one_page_without_pagination()
    {
        var page = Assert.Single(Paginator.Paginate("/tags/x/", Entries(20), 20));
        Assert.Equal("/tags/x/", page.Url);
        Assert.Null(page.List.Pagination);
    }

    [Fact]
    public void Past_twenty_entries_pages_link_to_each_other()
    {
        var pages = Paginator.Paginate("/tags/x/", Entries(41), 20).ToList();

        Assert.Equal(["/tags/x/", "/tags/x/page/2/", "/tags/x/page/3/"], pages.Select(p => p.Url));
        Assert.Equal([20, 20, 1], pages.Select(p => p.List.Entries.Count));
        var middle = pages[1].List.Pagination!;
        Assert.Equal(("/tags/x/", "/tags/x/page/3/", 2, 3), (middle.PreviousUrl, middle.NextUrl, middle.Current, middle.Total));
        Assert.Null(pages[0].List.Pagination!.PreviousUrl);
        Assert.Null(pages[2].List.Pagination!.NextUrl);
    }

    [Fact]
    public void An_empty_listing_is_one_empty_page()
    {
        var page = Assert.Single(Paginator.Paginate("/services/x/", [], 20));
        Assert.Empty(page.List.Entries);
    }

    private static List<EntryView> Entries(int count) =>
        Enumerable.Range(0, count).Select(i => new EntryView("Story", $"T{i}", $"/stories/s{i}/", "S", "", "", null)).ToList();
}
