using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Site.Content.FrontMatter;

namespace Site.Content.Model;

/// <summary>
/// A time as an event's front matter writes it: a local date and time (<c>2026-12-12 09:00</c>, read in the site's
/// time zone), a time with its offset (<c>2026-12-12T09:00:00-05:00</c>, or <c>Z</c>), or a date alone
/// (<c>2026-12-12</c>, for an event that lasts whole days).
/// </summary>
/// <param name="Local">The date and time as written, without an offset.</param>
/// <param name="Offset">The offset written with it, if any.</param>
/// <param name="HasTime">False for a date alone.</param>
[ScalarValue("a date and time such as 2026-12-12 09:00 (in the site's time zone) or 2026-12-12T09:00:00-05:00 (with its offset), or a date YYYY-MM-DD with all_day: true")]
public readonly record struct EventTime(DateTime Local, TimeSpan? Offset, bool HasTime) : IParsable<EventTime>
{
    private static readonly string[] LocalForms = ["yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss"];
    private static readonly string[] OffsetForms = ["yyyy-MM-ddTHH:mmzzz", "yyyy-MM-ddTHH:mm:sszzz", "yyyy-MM-dd HH:mmzzz", "yyyy-MM-dd HH:mm:sszzz"];

    /// <summary>The date of the time as written.</summary>
    public DateOnly Date => DateOnly.FromDateTime(Local);

    /// <summary>The instant this time names: with its own offset, or read in <paramref name="zone"/> (where a local time is
    /// written twice, as clocks go back, the first of the two).</summary>
    public DateTimeOffset In(TimeZoneInfo zone)
    {
        if (Offset is { } offset)
        {
            return new DateTimeOffset(Local, offset);
        }

        var local = DateTime.SpecifyKind(Local, DateTimeKind.Unspecified);
        var chosen = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, chosen);
    }

    /// <summary>Whether a local time falls in the hour the zone skips as clocks go forward (it never happens there).</summary>
    public bool SkippedIn(TimeZoneInfo zone) => Offset is null && HasTime && zone.IsInvalidTime(DateTime.SpecifyKind(Local, DateTimeKind.Unspecified));

    /// <summary>The time as an editor would write it again.</summary>
    public override string ToString() =>
        !HasTime ? Local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : Offset is { } offset ? new DateTimeOffset(Local, offset).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture)
        : Local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static EventTime Parse(string s, IFormatProvider? provider) =>
        TryParse(s, provider, out var time) ? time : throw new FormatException($"'{s}' is not an event time");

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out EventTime result)
    {
        var culture = CultureInfo.InvariantCulture;
        result = default;
        if (s is null)
        {
            return false;
        }

        if (DateOnly.TryParseExact(s, "yyyy-MM-dd", culture, DateTimeStyles.None, out var date))
        {
            result = new EventTime(date.ToDateTime(TimeOnly.MinValue), null, HasTime: false);
            return true;
        }

        if (DateTime.TryParseExact(s, LocalForms, culture, DateTimeStyles.None, out var local))
        {
            result = new EventTime(local, null, HasTime: true);
            return true;
        }

        var utc = s.EndsWith('Z') ? s[..^1] + "+00:00" : s;
        if (DateTimeOffset.TryParseExact(utc, OffsetForms, culture, DateTimeStyles.None, out var withOffset))
        {
            result = new EventTime(withOffset.DateTime, withOffset.Offset, HasTime: true);
            return true;
        }

        return false;
    }
}
