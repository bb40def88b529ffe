namespace Site.Content.Model;

/// <summary>
/// The compliance settings in site.yml (<c>compliance:</c>): how many days ahead an expiring authorization is a
/// warning, which tags mark a mental-health topic (those pages carry the 988 crisis line), and the words that
/// stand in for a link to a withdrawn story whose own text named the story or the patient.
/// </summary>
public sealed record CompliancePolicy(int ExpiryWarningDays = 30, IReadOnlyList<string>? CrisisTags = null, string? WithdrawnLinkText = null)
{
    public const string DefaultWithdrawnLinkText = "a story that is no longer available";

    public static readonly IReadOnlyList<string> DefaultCrisisTags =
        ["mental-health", "behavioral-health", "depression", "anxiety", "suicide-prevention", "substance-use", "addiction", "eating-disorders", "ptsd"];

    public static readonly CompliancePolicy Default = new();

    public IReadOnlyList<string> EffectiveCrisisTags => CrisisTags is { Count: > 0 } tags ? tags : DefaultCrisisTags;

    public string EffectiveWithdrawnLinkText => string.IsNullOrWhiteSpace(WithdrawnLinkText) ? DefaultWithdrawnLinkText : WithdrawnLinkText.Trim();
}
