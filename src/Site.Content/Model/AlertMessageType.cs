namespace Site.Content.Model;

/// <summary>CAP 1.2 msgType: a new alert, an update of an earlier one, or its cancellation.</summary>
public enum AlertMessageType
{
    Alert,
    Update,
    Cancel,
}
