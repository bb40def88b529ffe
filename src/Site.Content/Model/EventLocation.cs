using Site.Content.FrontMatter;

namespace Site.Content.Model;

/// <summary>
/// Where an event takes place: one line of text (<c>location: "Community Room, 1400 Riverbend Avenue"</c>, its
/// <see cref="Name"/>), or a <c>name</c>, an <c>address</c> and an optional <c>map_url</c> shown as a plain link.
/// </summary>
[Shorthand("name")]
public sealed record EventLocation(string? Name = null, string? Address = null, string? MapUrl = null);
