namespace Site.Testing;

/// <summary>
/// Waits for a condition that another thread makes true (an event delivered, a request received): it polls, and
/// gives up with a clear message only after a long time, so a busy machine is slower but never fails a test.
/// </summary>
public static class Eventually
{
    public static async Task True(Func<bool> condition, string what, CancellationToken cancellationToken = default)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"waited 30 s for {what}");
            }

            await Task.Delay(2, cancellationToken).ConfigureAwait(false);
        }
    }
}
