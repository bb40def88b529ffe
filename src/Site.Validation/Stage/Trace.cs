namespace Site.Validation.Stage;

/// <summary>
/// A text that no file of the site may contain (except <see cref="AllowedIn"/>): its <see cref="Text"/>, the message
/// that says why, and the code to report it with. It matches only where it ends at a boundary of a URL.
/// </summary>
public sealed record Trace(string Text, string Code, string Message, string? AllowedIn = null);
