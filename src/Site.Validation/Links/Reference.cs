using Site.Engine.Diagnostics;

namespace Site.Validation.Links;

/// <summary>One URL a page refers to, exactly as written, and the element that holds it.</summary>
public sealed record Reference(ReferenceKind Kind, string Target, SourceLocation Location);
