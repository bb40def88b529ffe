namespace Site.Content.Model;

/// <summary>The patient's approval of the final text and the compliance office's sign-off.</summary>
public sealed record Approvals(DateOnly PatientApprovedOn, string ComplianceApprovedBy, DateOnly ComplianceApprovedOn);
