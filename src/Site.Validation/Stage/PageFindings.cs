using Site.Validation.Links;

namespace Site.Validation.Stage;

/// <summary>A page facet: what the validate stage found on it (alone, and once its references were resolved against the site).</summary>
public sealed record PageFindings(IReadOnlyList<LinkFailure> OnPage, IReadOnlyList<LinkFailure> Resolved, IReadOnlyList<(Reference Reference, Uri Url)> Externals)
{
    public static readonly PageFindings None = new([], [], []);
}
