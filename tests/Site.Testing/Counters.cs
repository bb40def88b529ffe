namespace Site.Testing;

/// <summary>Small thread-safe counters for concurrency tests.</summary>
public static class Counters
{
    /// <summary>Raises <paramref name="target"/> to <paramref name="value"/> if it is larger, atomically.</summary>
    public static void InterlockedMax(ref int target, int value)
    {
        int seen;
        do
        {
            seen = Volatile.Read(ref target);
        }
        while (value > seen && Interlocked.CompareExchange(ref target, value, seen) != seen);
    }
}
