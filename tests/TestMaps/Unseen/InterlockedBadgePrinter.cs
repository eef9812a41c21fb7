namespace StressMaps.TestMaps;

/// <summary>The <see cref="BadgePrinter"/> corrected: the static counter is bumped with <see cref="Interlocked"/>.</summary>
public sealed class InterlockedBadgePrinter
{
    private static int s_printed;

    private readonly int _openedAt = Volatile.Read(ref s_printed);

    public int Print(string name) => Interlocked.Increment(ref s_printed) - _openedAt;
}
