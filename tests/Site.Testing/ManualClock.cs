namespace Site.Testing;

/// <summary>
/// A clock that moves only when a test says so: <see cref="Advance"/> fires the timers that fall due on the way, in
/// order, each at its own instant. Delays, timeouts and quiet periods taken from it never depend on how busy the
/// machine is.
/// </summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private readonly object sync = new();
    private readonly List<Timer> timers = [];
    private DateTimeOffset now = start;

    public ManualClock()
        : this(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero))
    {
    }

    /// <summary>Timers waiting to fire (a delay being awaited, a timeout armed).</summary>
    public int Waiting
    {
        get
        {
            lock (sync)
            {
                return timers.Count(t => t.Due is not null);
            }
        }
    }

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override DateTimeOffset GetUtcNow()
    {
        lock (sync)
        {
            return now;
        }
    }

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new Timer(this, callback, state);
        lock (sync)
        {
            timers.Add(timer);
        }

        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Moves the clock forward, firing every timer due on the way (callbacks run on the calling thread).</summary>
    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        DateTimeOffset target;
        lock (sync)
        {
            target = now + by;
        }

        while (true)
        {
            Timer? next;
            lock (sync)
            {
                next = timers.Where(t => t.Due <= target).MinBy(t => t.Due);
                if (next is null)
                {
                    now = target;
                    return;
                }

                now = next.Due!.Value;
                next.Due = next.Period > TimeSpan.Zero ? now + next.Period : null;
            }

            next.Fire();
        }
    }

    private void Schedule(Timer timer, TimeSpan dueTime, TimeSpan period)
    {
        bool fireNow;
        lock (sync)
        {
            timer.Period = period == Timeout.InfiniteTimeSpan ? TimeSpan.Zero : period;
            timer.Due = dueTime == Timeout.InfiniteTimeSpan ? null : now + dueTime;
            fireNow = timer.Due <= now;
            if (fireNow)
            {
                timer.Due = timer.Period > TimeSpan.Zero ? now + timer.Period : null;
            }
        }

        if (fireNow)
        {
            ThreadPool.QueueUserWorkItem(_ => timer.Fire());
        }
    }

    private void Remove(Timer timer)
    {
        lock (sync)
        {
            timers.Remove(timer);
        }
    }

    private sealed class Timer(ManualClock clock, TimerCallback callback, object? state) : ITimer
    {
        public DateTimeOffset? Due { get; set; }

        public TimeSpan Period { get; set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            clock.Schedule(this, dueTime, period);
            return true;
        }

        public void Fire() => callback(state);

        public void Dispose() => clock.Remove(this);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
