namespace Site.Content.Model;

/// <summary>Where a patient's written authorization stands.</summary>
public enum ConsentStatus
{
    Pending,
    Signed,
    Revoked,
}
