namespace Site.Content.Model;

/// <summary>CAP 1.2 urgency.</summary>
public enum AlertUrgency
{
    Immediate,
    Expected,
    Future,
    Past,
    Unknown,
}
