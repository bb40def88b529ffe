namespace Site.Content.Model;

/// <summary>Who reviewed the clinical content, when, and when it is due for review again.</summary>
public sealed record MedicalReview(string ReviewedBy, DateOnly ReviewedOn, DateOnly NextReview);
