using Site.Content.FrontMatter;

namespace Site.Content.Model;

/// <summary>
/// How to sign up for an event: one line of text (<c>registration: "Call or sign up at the front desk"</c>, its
/// <see cref="Note"/>), or a <c>url</c> (https), a <c>phone</c> number and an <c>email</c> address, each shown as a
/// link, with an optional <c>note</c>.
/// </summary>
[Shorthand("note")]
public sealed record EventRegistration(string? Url = null, string? Phone = null, string? Email = null, string? Note = null);
