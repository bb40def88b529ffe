namespace Site.Testing;

/// <summary>A clock that always says the same instant, so "today" is fixed in tests.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public static FixedClock On(int year, int month, int day) => new(new DateTimeOffset(year, month, day, 12, 0, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => now;
}
