namespace Site.Content.Model;

/// <summary>
/// The compliance settings in site.yml (<c>compliance:</c>): how many days ahead an expiring authorization is a
/// warning, and which tags mark a mental-health topic (those pages carry the 988 crisis line).
/// </summary>
public sealed record CompliancePolicy(int ExpiryWarningDays = 30, IReadOnlyList<string>? CrisisTags = null)
{
    public static readonly IReadOnlyList<string> DefaultCrisisTags =
        ["mental-health", "behavioral-health", "depression", "anxiety", "suicide-prevention", "substance-use", "addiction", "eating-disorders", "ptsd"];

    public static readonly CompliancePolicy Default = new();

    public IReadOnlyList<string> EffectiveCrisisTags => CrisisTags is { Count: > 0 } tags ? tags : DefaultCrisisTags;
}
