namespace Site.Content.Views;

/// <summary>One entry of a listing: a card that links to a story, article or event.</summary>
public sealed record EntryView(string Kind, string Title, string Url, string Summary, string Date, string DateIso, ImageView? Image);
