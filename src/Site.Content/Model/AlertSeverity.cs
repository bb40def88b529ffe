namespace Site.Content.Model;

/// <summary>CAP 1.2 severity, most severe first (the banner's order).</summary>
public enum AlertSeverity
{
    Extreme,
    Severe,
    Moderate,
    Minor,
}
