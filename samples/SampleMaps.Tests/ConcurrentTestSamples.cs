using Xunit.Abstractions;
using StressMaps.Testing;

namespace SampleMaps.Tests;

/// <summary>An existing concurrent test, run on many schedules by StressMapsTest.Run instead of once on real threads.</summary>
public class ConcurrentTestSamples(ITestOutputHelper output)
{
    private static readonly StressMapsOptions Quick = new() { Iterations = 200 };

    private int _hits;

    [Fact]
    public void TwoUnlockedIncrementsLoseOneOnSomeSchedule()
    {
        var result = StressMapsTest.Run(async () =>
        {
            _hits = 0;
            await Task.WhenAll(new[] { Task.Run(() => _hits++), Task.Run(() => _hits++) });
            if (_hits != 2)
            {
                throw new InvalidOperationException($"expected 2 hits, found {_hits}");
            }
        }, Quick);
        output.WriteLine(result.ToString());

        var failure = Assert.Throws<StressMapsAssertionException>(result.AssertNoBug);
        Assert.Contains("expected 2 hits, found 1", failure.Message);
    }

    [Fact]
    public void InterlockedIncrementsNeverLoseOne()
    {
        var hits = 0;
        StressMapsTest.Run(async () =>
        {
            hits = 0;
            await Task.WhenAll(new[] { Task.Run(() => Interlocked.Increment(ref hits)), Task.Run(() => Interlocked.Increment(ref hits)) });
            if (hits != 2)
            {
                throw new InvalidOperationException($"expected 2 hits, found {hits}");
            }
        }, Quick).AssertNoBug();
    }
}
