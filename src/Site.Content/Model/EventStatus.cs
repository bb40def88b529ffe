namespace Site.Content.Model;

/// <summary>Whether an event goes ahead as announced (<c>status</c> in its front matter); written in lower case with hyphens.</summary>
public enum EventStatus
{
    Scheduled,
    Cancelled,
    Postponed,
    Rescheduled,
    MovedOnline,
}
