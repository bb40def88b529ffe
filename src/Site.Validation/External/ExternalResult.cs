namespace Site.Validation.External;

/// <summary>The outcome for one external URL: good or not, the last HTTP status if any, and what happened.</summary>
public sealed record ExternalResult(bool Ok, int? Status, string Detail, bool FromCache = false);
