using StressMaps.Benchmarks.Single;
using StressMaps.Maps;

namespace StressMaps.Tests.Benchmarks.Single;

public class ConcreteReadsTests
{
    [Fact]
    public void TheSealedMapsAreReadThroughTheirConcreteTypesAndNoOtherVariantIs()
    {
        var measured = MapCatalog.All.Select(variant => variant.Name).Where(name => ConcreteReads.OperationsOf(name) is not null);

        Assert.Equal(["locked", "rwlocked", "concurrent", "cow"], measured);
    }

    [Theory]
    [InlineData("locked")]
    [InlineData("rwlocked")]
    [InlineData("concurrent")]
    [InlineData("cow")]
    public void AConcreteReadFindsWhatTheInterfaceReadFinds(string variant)
    {
        var viaInterface = new MapVariantBenchmarks { Variant = variant };
        viaInterface.Fill();

        var concrete = ConcreteReads.OperationsOf(variant)!;

        Assert.Equal(["get-hit", "get-miss"], concrete.Keys);
        Assert.Equal(viaInterface.GetHit(), concrete["get-hit"]());
        Assert.Equal(viaInterface.GetMiss(), concrete["get-miss"]());
        Assert.NotEqual(0, concrete["get-hit"]());
    }
}
