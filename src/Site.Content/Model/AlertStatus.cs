namespace Site.Content.Model;

/// <summary>CAP 1.2 status: only <see cref="Actual"/> alerts reach production; exercises and tests show in previews.</summary>
public enum AlertStatus
{
    Actual,
    Exercise,
    Test,
    Draft,
}
