namespace Site.Validation.Links;

/// <summary>The result of checking a site: every failure (sorted), and how much was checked.</summary>
public sealed record LinkReport(IReadOnlyList<LinkFailure> Failures, int Pages, int References, int ExternalChecked)
{
    public bool Succeeded => Failures.All(f => !f.Diagnostic.IsError);
}
