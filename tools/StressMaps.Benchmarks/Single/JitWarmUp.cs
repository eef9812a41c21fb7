using System.Diagnostics;

namespace StressMaps.Benchmarks.Single;

/// <summary>
/// Warms timed code by time, not by count. Tiered compilation counts calls only after 100 ms without
/// new JIT work, then needs 30 calls and a background compile: a fixed 50 calls (about 2 ms) left new
/// methods in tier 0, and the paired tables then compared unoptimised code.
/// </summary>
internal static class JitWarmUp
{
    /// <summary>How long every part is run before anything is timed.</summary>
    public const int Milliseconds = 300;

    /// <summary>Runs <paramref name="parts"/> in turn for <see cref="Milliseconds"/>.</summary>
    public static void Run(params Action[] parts)
    {
        var until = Stopwatch.GetTimestamp() + Stopwatch.Frequency * Milliseconds / 1000;
        while (Stopwatch.GetTimestamp() < until)
        {
            Array.ForEach(parts, part => part());
        }
    }
}
