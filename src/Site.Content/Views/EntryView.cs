namespace Site.Content.Views;

/// <summary>
/// One entry of a listing: a card that links to a story, article or event. <see cref="Expires"/> is, for a story,
/// the instant its authorization ends (ISO 8601 with offset), after which the card hides itself in the browser. For an
/// event, <see cref="Date"/> is when it takes place and <see cref="Badge"/> its status or "Happening now" (else empty).
/// </summary>
public sealed record EntryView(string Kind, string Title, string Url, string Summary, string Date, string DateIso, ImageView? Image, string Expires = "", string Badge = "");
