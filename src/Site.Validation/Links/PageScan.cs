using Site.Engine.Diagnostics;

namespace Site.Validation.Links;

/// <summary>
/// What one parse of a page yields for link checking: the anchors it offers (<c>id</c> and <c>a[name]</c>), the
/// references it makes, its <c>base href</c>, the problems visible on the page alone, and where it has inline script
/// (a script element without src, or an event handler attribute).
/// </summary>
public sealed record PageScan(string Path, IReadOnlySet<string> Anchors, IReadOnlyList<Reference> References, string? BaseHref, IReadOnlyList<Diagnostic> Findings, IReadOnlyList<SourceLocation> InlineScripts);
