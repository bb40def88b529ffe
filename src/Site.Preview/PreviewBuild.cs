using Site.Engine.Diagnostics;
using Site.Engine.Documents;

namespace Site.Preview;

/// <summary>What one build gives the preview: whether it succeeded, the site's files (in memory) and every diagnostic.</summary>
public sealed record PreviewBuild(bool Succeeded, IReadOnlyList<Document> Published, IReadOnlyList<Diagnostic> Diagnostics);
