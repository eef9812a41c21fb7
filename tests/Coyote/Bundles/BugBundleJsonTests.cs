using System.Text.Json.Nodes;
using StressMaps.Harness.Bundles;
using StressMaps.Tests.Reports.Exporters;

namespace StressMaps.Tests.Bundles;

public class BugBundleJsonTests
{
    [Fact]
    public void BundleSurvivesARoundTrip()
    {
        var bundle = SampleReport.Bundle();

        var read = BugBundleJson.Deserialize(BugBundleJson.Serialize(bundle));

        Assert.Equal(bundle.Scenario.Tasks.SelectMany(task => task), read.Scenario.Tasks.SelectMany(task => task));
        Assert.Equal(bundle.Schedule, read.Schedule);
        Assert.Equal(bundle.Target, read.Target);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(bundle.Trace.GetRawText()), JsonNode.Parse(read.Trace.GetRawText())));
    }

    [Fact]
    public void OperationKindsAreStoredAsWordsAndComputedMembersAreLeftOut()
    {
        var json = BugBundleJson.Serialize(SampleReport.Bundle());

        Assert.Contains("\"kind\": \"enumerate-snapshot\"", json);
        Assert.DoesNotContain("needsAtomicUpdate", json);
        Assert.DoesNotContain("operationCount", json);
    }

    [Theory]
    [InlineData("{ this is not json", "the JSON is malformed")]
    [InlineData("[1, 2]", "not a StressMaps bug bundle")]
    [InlineData("{\"kind\": \"stressmaps-bug-bundle\", \"schema\": 99}", "bug bundle schema 99 is not supported; this build of StressMaps reads schema 1")]
    [InlineData("{\"kind\": \"stressmaps-bug-bundle\", \"schema\": 1}", "not a usable bug bundle")]
    public void UnusableTextIsOneClearLine(string json, string expected)
    {
        var error = Assert.Throws<InvalidDataException>(() => BugBundleJson.Deserialize(json));

        Assert.Contains(expected, error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Theory]
    [InlineData("op(0:1),sp(Create),next(0:1", "step 1 of the Coyote trace is malformed")]
    [InlineData("op(x:1),sp(Create),next(0:1)", "step 1 of the Coyote trace is malformed")]
    [InlineData("op(0:1),sp(Teleport),next(0:1)", "step 1 of the Coyote trace is malformed")]
    [InlineData("op(99999999999999999999:1),sp(Create),next(0:1)", "step 1 of the Coyote trace is malformed")]
    public void HandEditedMalformedTraceStepIsRejectedBeforeCoyoteSeesIt(string step, string expected)
    {
        var json = JsonNode.Parse(BugBundleJson.Serialize(SampleReport.Bundle()))!;
        json["trace"]!["Steps"]![1] = step;

        var error = Assert.Throws<InvalidDataException>(() => BugBundleJson.Deserialize(json.ToJsonString()));

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void ScenarioThatReadsTheHandedOutMapBeforeTakingItIsRejected()
    {
        var json = JsonNode.Parse(BugBundleJson.Serialize(SampleReport.Bundle()))!;
        json["scenario"]!["tasks"]![1]!.AsArray().RemoveAt(0);

        var error = Assert.Throws<InvalidDataException>(() => BugBundleJson.Deserialize(json.ToJsonString()));

        Assert.Contains("uses the handed-out map before its snapshot()", error.Message);
    }
}
