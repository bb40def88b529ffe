using Site.Content.Formats;
using Site.Content.Model;

namespace Site.Content.Compliance;

/// <summary>
/// When a published story must be gone from the live site: the first moment after its authorization's last day, at
/// midnight that ends <c>consent.expires</c> in the site's time zone (the same instant a build takes it down from).
/// </summary>
public static class Takedown
{
    public static DateTime LocalInstant(Consent consent) => consent.Expires.AddDays(1).ToDateTime(TimeOnly.MinValue);

    /// <summary>The instant in ISO 8601 with the site's offset, such as <c>2028-12-16T00:00:00-06:00</c>.</summary>
    public static string Iso(Consent consent, TimeZoneInfo zone)
    {
        var local = LocalInstant(consent);
        while (zone.IsInvalidTime(local))
        {
            // Where a time zone skips midnight (a daylight saving change), the day starts at the first valid minute.
            local = local.AddMinutes(30);
        }

        return Dates.Iso(local, zone, seconds: true);
    }
}
