using Site.Engine.Diagnostics;

namespace Site.Validation.Links;

/// <summary>A failed check: the diagnostic, the kind of reference and its target exactly as written.</summary>
public sealed record LinkFailure(Diagnostic Diagnostic, string Kind, string Target);
