namespace Site.Content.Model;

/// <summary>CAP 1.2 category.</summary>
public enum AlertCategory
{
    Geo,
    Met,
    Safety,
    Security,
    Rescue,
    Fire,
    Health,
    Env,
    Transport,
    Infra,
    Cbrne,
    Other,
}
