using StressMaps.Harness.Targets;
using StressMaps.Harness.Targets.Loading;

namespace StressMaps.Tests.Targets.Loading;

public class ClassTargetLoaderTests
{
    [Fact]
    public void ADictionaryClosedOverOtherTypesIsAClassTargetWithArgumentsOfItsOwnTypes()
    {
        var target = UserTargetLoader.Load(null, "System.Collections.Concurrent.ConcurrentDictionary<int,string>", ThreadSafetyContract.ThreadSafe).Target;

        Assert.Equal("ConcurrentDictionary<int,string>", target.Name);
        var tryAdd = target.Class!.Model.Find("TryAdd")!;
        Assert.Equal(["int", "string"], tryAdd.Parameters);
        Assert.Equal("System.Collections.Concurrent.ConcurrentDictionary<int,string>", target.Class.Model.TypeName);
    }

    [Fact]
    public void AMapOverStringAndIntKeepsTheMapScenarios()
    {
        var target = UserTargetLoader.Load(null, "System.Collections.Concurrent.ConcurrentDictionary<string,int>", ThreadSafetyContract.ThreadSafe).Target;

        Assert.Null(target.Class);
    }

    [Fact]
    public void AClassTargetIsJudgedByLinearizabilityOnly()
    {
        var error = Assert.Throws<TargetRejectedException>(() =>
            UserTargetLoader.Load(TestMaps.AssemblyPath, "StressMaps.TestMaps.LiveRegistry", ThreadSafetyContract.NotThreadSafe));

        Assert.Equal(
            "--contract not-thread-safe applies to map types; LiveRegistry is judged by linearizability against itself run one call at a time (thread-safe)",
            error.Message);
    }

    [Fact]
    public void AnUnknownRelaxedNameIsRejected()
    {
        var error = Assert.Throws<TargetRejectedException>(() => TestMaps.LoadClass("TicketCounter", ClassTargetOptions.Default with { Relaxed = ["Total"] }));

        Assert.StartsWith("StressMaps.TestMaps.TicketCounter has no operation 'Total'", error.Message);
    }
}
