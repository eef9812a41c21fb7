using System.Globalization;
using StressMaps.Benchmarks.Reports;
using StressMaps.Benchmarks.Single;

namespace StressMaps.Tests.Benchmarks.Reports;

public class PrimitiveCostTableTests
{
    private const string Expected =
        """
        | map | read pays for | primitive ns | get-hit extra ns | get-hit ÷ primitive | get-miss extra ns | get-miss ÷ primitive |
        | --- | --- | ---: | ---: | ---: | ---: | ---: |
        | unsafe | nothing (the interface call) | n/a | 3.5 | n/a | 2.0 | n/a |
        | locked | lock pair | 20.0 | 22.5 | 1.13 | 24.0 | 1.20 |

        """;

    [Fact]
    public void EachMapShowsItsPrimitiveAndItsExtraReadTimeAsAMultipleOfIt()
    {
        PrimitiveCost[] costs =
        [
            new("unsafe", "get-hit", null, null, 3.5, null),
            new("unsafe", "get-miss", null, null, 2.0, null),
            new("locked", "get-hit", "lock pair", 20.0, 22.5, 1.125),
            new("locked", "get-miss", "lock pair", 20.0, 24.0, 1.2),
        ];

        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("de-DE");
        try
        {
            Assert.Equal(Expected.ReplaceLineEndings("\n"), PrimitiveCostTable.Render(costs));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData("locked", "lock pair")]
    [InlineData("clone", "lock pair")]
    [InlineData("rwlocked", "reader-count pair")]
    [InlineData("cow", "volatile read")]
    [InlineData("immutable", "volatile read")]
    public void EachVariantIsPricedInThePrimitiveItsReadTakes(string variant, string primitive)
    {
        Assert.Equal(primitive, ReadPrimitive.Of(variant)?.Name);
    }

    [Fact]
    public void ThePrimitiveLoopsUseTheirPrimitiveOncePerKey()
    {
        var primitives = new Primitives();

        Assert.Equal(BenchmarkData.OperationsPerInvoke, primitives.LockPair());
        Assert.Equal(BenchmarkData.OperationsPerInvoke, primitives.ReaderCountPair());
        Assert.Equal(BenchmarkData.OperationsPerInvoke, primitives.VolatileRead());
    }
}
