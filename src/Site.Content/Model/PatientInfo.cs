namespace Site.Content.Model;

/// <summary>How the story names its patient (a first name or a pseudonym), and whether the patient is a minor.</summary>
public sealed record PatientInfo(string Name, bool Minor = false);
