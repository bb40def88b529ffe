using Site.Content.Views;

namespace Site.Content.Listings;

/// <summary>Splits a listing into pages: the first at the listing's URL, the others at <c>page/N/</c> below it.</summary>
public static class Paginator
{
    public static IEnumerable<(string Url, ListView List)> Paginate(string url, IReadOnlyList<EntryView> entries, int pageSize)
    {
        pageSize = Math.Max(1, pageSize);
        var total = Math.Max(1, (entries.Count + pageSize - 1) / pageSize);
        string UrlOf(int page) => page == 1 ? url : $"{url}page/{page}/";
        var pages = Enumerable.Range(1, total).Select(p => new LinkView(p.ToString(System.Globalization.CultureInfo.InvariantCulture), UrlOf(p))).ToList();
        for (var page = 1; page <= total; page++)
        {
            var slice = entries.Skip((page - 1) * pageSize).Take(pageSize).ToList();
            var pagination = total == 1
                ? null
                : new PaginationView(page, total, page > 1 ? UrlOf(page - 1) : null, page < total ? UrlOf(page + 1) : null, pages);
            yield return (UrlOf(page), new ListView(slice, pagination));
        }
    }
}
