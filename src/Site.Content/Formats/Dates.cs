using System.Globalization;

namespace Site.Content.Formats;

/// <summary>
/// The one place dates and times are written, in the invariant culture: for readers ("March 5, 2026",
/// "March 5, 2026, 6:00 PM"), as ISO dates (2026-03-05), as local times with the site's offset for browsers
/// (2026-03-05T18:00-06:00) and, with seconds, for CAP and Atom (2026-03-05T18:00:00-06:00).
/// </summary>
public static class Dates
{
    public static string Human(DateOnly date) => date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    public static string Human(DateTime local) => local.ToString("MMMM d, yyyy, h:mm tt", CultureInfo.InvariantCulture);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A local time with the site's offset; with seconds as CAP and Atom want it.</summary>
    public static string Iso(DateTime local, TimeZoneInfo zone, bool seconds = false) =>
        new DateTimeOffset(local, zone.GetUtcOffset(local)).ToString(seconds ? "yyyy-MM-ddTHH:mm:sszzz" : "yyyy-MM-ddTHH:mmzzz", CultureInfo.InvariantCulture);

    /// <summary>A local date and time without an offset, as events are written (2026-12-12T09:00).</summary>
    public static string IsoLocal(DateTime local) => local.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

    /// <summary>A date as an Atom timestamp at midnight UTC (2026-03-05T00:00:00Z).</summary>
    public static string AtomDay(DateOnly date) => Iso(date) + "T00:00:00Z";

    /// <summary>A date written in the form YYYY-MM-DD, or null.</summary>
    public static DateOnly? ParseIso(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
