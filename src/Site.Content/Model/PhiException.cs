namespace Site.Content.Model;

/// <summary>
/// An approved exception to the PHI guard in one story: the exact text that may appear, why, and who approved
/// it. Every exception in force is listed in the build report.
/// </summary>
public sealed record PhiException(string Match, string Reason, string ApprovedBy);
