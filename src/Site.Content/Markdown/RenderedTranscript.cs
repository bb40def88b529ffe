namespace Site.Content.Markdown;

/// <summary>A document facet: the HTML of a video's transcript, rendered from the Markdown of <c>video.transcript</c>.</summary>
public sealed record RenderedTranscript(string Html);
