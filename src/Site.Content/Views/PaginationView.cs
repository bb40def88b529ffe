namespace Site.Content.Views;

/// <summary>Where a listing page sits among its pages; <see cref="Pages"/> links to every page.</summary>
public sealed record PaginationView(int Current, int Total, string? PreviousUrl, string? NextUrl, IReadOnlyList<LinkView> Pages);
