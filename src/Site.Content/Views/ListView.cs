namespace Site.Content.Views;

/// <summary>A listing (home, service line, tag...): its entries and, past one page, its pagination.</summary>
public sealed record ListView(IReadOnlyList<EntryView> Entries, PaginationView? Pagination);
