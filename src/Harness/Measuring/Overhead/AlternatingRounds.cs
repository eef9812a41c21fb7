namespace StressMaps.Harness.Measuring.Overhead;

/// <summary>
/// Two sides of a benchmark measured side by side: one warm-up run of each (JIT, the first engine), then rounds
/// in which both sides run once, which side goes first alternating, so a burst of load from elsewhere on the
/// machine, or what one run leaves behind (garbage, a warm thread pool), hits both alike.
/// </summary>
public static class AlternatingRounds
{
    /// <summary>Each side's result, a round each, after one warm-up run of each.</summary>
    public static (IReadOnlyList<double> First, IReadOnlyList<double> Second) Run(int rounds, Func<double> first, Func<double> second)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rounds);
        first();
        second();
        var firsts = new List<double>();
        var seconds = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            if (round % 2 == 0)
            {
                firsts.Add(first());
                seconds.Add(second());
            }
            else
            {
                seconds.Add(second());
                firsts.Add(first());
            }
        }

        return (firsts, seconds);
    }
}
