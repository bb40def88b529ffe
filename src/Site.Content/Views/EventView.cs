namespace Site.Content.Views;

/// <summary>
/// An event as templates see it: when (for reading, and as ISO 8601 with the site's offset, or dates for an all-day
/// event), where (a place, a web address to join, or both), how to sign up (each way already a link: https, tel:,
/// mailto:), what it costs and how it is accessible, its status, and where it stands at the build's moment
/// (<see cref="Ended"/>, <see cref="Ongoing"/>).
/// </summary>
public sealed record EventView
{
    /// <summary>The dates and times for reading, such as "Saturday, December 12, 2026, 9:00 AM to 1:00 PM".</summary>
    public required string When { get; init; }

    public required string StartIso { get; init; }

    /// <summary>The end as ISO 8601; for an all-day event its last day.</summary>
    public required string EndIso { get; init; }

    public bool AllDay { get; init; }

    /// <summary><c>scheduled</c>, <c>cancelled</c>, <c>postponed</c>, <c>rescheduled</c> or <c>moved-online</c>.</summary>
    public required string Status { get; init; }

    /// <summary>A sentence about a status other than scheduled ("This event has been cancelled."), or null.</summary>
    public string? StatusNotice { get; init; }

    /// <summary>Whether the event's end had passed when the site was built.</summary>
    public bool Ended { get; init; }

    /// <summary>Whether the event had started and not ended when the site was built.</summary>
    public bool Ongoing { get; init; }

    public string? LocationName { get; init; }

    public string? LocationAddress { get; init; }

    /// <summary>A plain link to a map of the place (never an embedded map).</summary>
    public string? MapUrl { get; init; }

    public string? OnlineUrl { get; init; }

    public string? RegistrationUrl { get; init; }

    /// <summary>The phone number as people read it, in the site's national format ((555) 010-0150); <see cref="RegistrationPhoneUrl"/> is its tel: link.</summary>
    public string? RegistrationPhone { get; init; }

    public string? RegistrationPhoneUrl { get; init; }

    public string? RegistrationEmail { get; init; }

    public string? RegistrationEmailUrl { get; init; }

    public string? RegistrationNote { get; init; }

    public string? Cost { get; init; }

    public string? Accessibility { get; init; }

    /// <summary>The event's own calendar file, such as /events/free-heart-health-screening-day/event.ics.</summary>
    public required string CalendarUrl { get; init; }
}
