using Microsoft.Coyote.Random;

namespace StressMaps.Controlled;

/// <summary>
/// How a wait with a timeout behaves under exploration: Coyote does not model time, so whether a
/// bounded wait gives up or waits until it succeeds is a choice the exploration makes, and both are explored.
/// </summary>
internal static class TimedWaits
{
    /// <summary>Whether a wait of <paramref name="milliseconds"/> that cannot succeed now waits (true) or gives up (false).</summary>
    public static bool Waits(int milliseconds) =>
        milliseconds == Timeout.Infinite || (milliseconds > 0 && Generator.Create().NextBoolean());

    public static int Milliseconds(TimeSpan timeout) =>
        timeout == Timeout.InfiniteTimeSpan ? Timeout.Infinite : (int)Math.Clamp(timeout.TotalMilliseconds, 0, int.MaxValue);
}
