using Site.Content.FrontMatter;

namespace Site.Content.Model;

/// <summary>An image from <c>input/media/</c> and its text alternative.</summary>
public sealed record ImageRef(string Src, [NonEmpty("must describe the picture for people who cannot see it")] string Alt);
