namespace Site.Content.Model;

/// <summary>An image from <c>input/media/</c> and its text alternative.</summary>
public sealed record ImageRef(string Src, string Alt);
