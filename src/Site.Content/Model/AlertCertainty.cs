namespace Site.Content.Model;

/// <summary>CAP 1.2 certainty.</summary>
public enum AlertCertainty
{
    Observed,
    Likely,
    Possible,
    Unlikely,
    Unknown,
}
