using System.Text.Json;
using StressMaps.Harness.Exploration.Execution;
using StressMaps.Harness.Bundles;
using StressMaps.Harness.Targets.Operations;
using StressMaps.Harness.Scenarios;

namespace StressMaps.Tests.Targets.Operations;

/// <summary>A scenario over a class is plain data: bundles store it and replay rebuilds its calls from it.</summary>
public class ClassStepJsonTests
{
    private static readonly Scenario Sample = new(
        "hands-out-current-then-set",
        "a task keeps using what Current handed it while another calls Set",
        [ScenarioOperation.Call("Set", ArgumentValue.Of("a"), ArgumentValue.Of("b"))],
        [
            [ScenarioOperation.Call("Current"), ScenarioOperation.ReceivedLookup(ArgumentValue.Of("a")), ScenarioOperation.ReceivedCount(), ScenarioOperation.ReceivedEnumerate()],
            [ScenarioOperation.Call("Paint", ArgumentValue.OfEnum("Dark"), ArgumentValue.Null, ArgumentValue.Of('x'), ArgumentValue.Of(-1))],
        ]);

    [Fact]
    public void CallStepsAreStoredAsMemberNamesAndTypedArguments()
    {
        var json = JsonSerializer.Serialize(Sample, BugBundleJson.Options);

        Assert.Contains("\"kind\": \"call\"", json);
        Assert.Contains("\"member\": \"Set\"", json);
        Assert.Contains("\"kind\": \"received-lookup\"", json);
        Assert.Contains("\"kind\": \"enum\"", json);
        Assert.Contains("\"text\": \"Dark\"", json);
        Assert.DoesNotContain("isClassStep", json);
    }

    [Fact]
    public void AStoredScenarioReadsBackEqual()
    {
        var back = JsonSerializer.Deserialize<Scenario>(JsonSerializer.Serialize(Sample, BugBundleJson.Options), BugBundleJson.Options)!;

        Assert.Equal(Sample.Setup, back.Setup);
        Assert.Equal(Sample.Tasks.Count, back.Tasks.Count);
        Assert.All(Sample.Tasks.Zip(back.Tasks), pair => Assert.Equal(pair.First, pair.Second));
    }

    [Fact]
    public void AStoredCallRebuildsItsArgumentsForTheParameterTypes()
    {
        var model = OperationDiscovery.Discover(typeof(Catalog), DomainOptions.Default);
        var paint = Sample.Tasks[1][0];
        var back = JsonSerializer.Deserialize<ScenarioOperation>(JsonSerializer.Serialize(paint, BugBundleJson.Options), BugBundleJson.Options)!;

        // Paint(Shade, bool?, char, uint): -1 does not fit a uint, which the call reports rather than wraps.
        var parameters = OperationInvoker.Bind(model, back).Method.GetParameters();
        Assert.Equal(Shade.Dark, back.Arguments![0].ToObject(parameters[0].ParameterType));
        Assert.Null(back.Arguments[1].ToObject(parameters[1].ParameterType));
        Assert.Equal('x', back.Arguments[2].ToObject(parameters[2].ParameterType));
        Assert.Throws<OverflowException>(() => back.Arguments[3].ToObject(parameters[3].ParameterType));
        Assert.Equal(true, OperationInvoker.Invoke(model, new Catalog(), back with { Arguments = [.. back.Arguments.Take(3), ArgumentValue.Of(1)] }));
    }
}
