using SampleMaps;
using Xunit.Abstractions;
using StressMaps.Testing;

namespace SampleMaps.Tests;

public class CacheTests(ITestOutputHelper output)
{
    // Small enough for CI; raise Iterations to look harder.
    private static readonly StressMapsOptions Quick = new() { Iterations = 100, Generate = 2 };

    [Fact]
    public void RacyCacheHasADataRaceWithItsInterleavingAndBundle()
    {
        var result = StressMapsTest.Explore<RacyCache>(Quick);
        output.WriteLine(result.ToString());

        Assert.True(result.BugFound, result.ToString());
        var bug = result.UnexpectedBugs[0];
        Assert.NotNull(bug.BundlePath);
        Assert.True(File.Exists(bug.BundlePath));
        // The failure message a test run shows: the verdict, the interleaving table, the bundle.
        var failure = Assert.Throws<StressMapsAssertionException>(result.AssertNoBug);
        Assert.Contains("data race", failure.Message);
        Assert.Contains("◆", failure.Message);
        Assert.Contains(bug.BundlePath, failure.Message);
    }

    [Fact]
    public void LockedCacheHasNoBug() => StressMapsTest.Explore<LockedCache>(Quick).AssertNoBug();
}
