using System.Text.Json;

namespace StressMaps.Tests.Cli;

/// <summary>
/// Races Coyote's own memory-access pass cannot see (inside property accessors, in a lazy getter, on a static
/// field), in classes that are not collections, judged by <c>stressmaps run --assembly ... --type ...</c>:
/// found with the defaults, not found with <c>--field-interleaving false</c> (our pass is what finds them),
/// and their corrected versions clean.
/// </summary>
public class UnseenRaceCommandTests
{
    private static CliProcess.Result Run(params string[] arguments) => ClassTargetCommandTests.Run(arguments);

    [Theory]
    [InlineData("OrderDesk")]
    [InlineData("VisitLog")]
    [InlineData("BadgePrinter")]
    public void TheRaceIsFoundWithinAHundredSchedulesWithTheDefaults(string type)
    {
        // Shrinking is left out: it comes after the finding, and would triple the test's time.
        var result = Run("--type", $"StressMaps.TestMaps.{type}", "-i", "100", "--no-shrink");

        Assert.True(result.ExitCode == 2, result.Output + result.Error);
        Assert.Contains($"{type}: StressMaps.TestMaps.{type} from StressMaps.TestMaps.dll, rewritten; ", result.Error);
        Assert.Contains("; field-level interleaving on", result.Error);
        Assert.Matches(@"× " + type + @": bug at iteration \d+", result.Error);
        Assert.Contains("Not linearizable", result.Output);
    }

    [Theory]
    [InlineData("OrderDesk")]
    [InlineData("VisitLog")]
    [InlineData("BadgePrinter")]
    public void WithFieldLevelInterleavingOffTheSameRunFindsNothing(string type)
    {
        var result = Run("--type", $"StressMaps.TestMaps.{type}", "-i", "100", "--field-interleaving", "false");

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.DoesNotContain("field-level interleaving on", result.Error);
        Assert.DoesNotContain("bug at iteration", result.Error);
        Assert.Contains("safe after 100 iterations", result.Error);
    }
}

/// <summary>The corrected classes stay clean; the auto-property bug's bundle and report show both racing tasks' code.</summary>
public class UnseenRaceCorrectedCommandTests
{
    private static CliProcess.Result Run(params string[] arguments) => ClassTargetCommandTests.Run(arguments);

    [Theory]
    [InlineData("LockedOrderDesk", 5)]
    [InlineData("LazyVisitLog", 5)]
    [InlineData("InterlockedBadgePrinter", 3)]
    public void TheCorrectedClassIsCleanOverAThousandSchedulesPerScenario(string type, int scenarios)
    {
        // Every pair scenario and two random ones, a thousand schedules each.
        var result = Run("--type", $"StressMaps.TestMaps.{type}", "-i", "1000", "--generate", "2");

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Equal(scenarios, result.ErrorLines.Count(line => line.Contains("safe after 1000 iterations", StringComparison.Ordinal)));
    }

    [Fact]
    public void TheAutoPropertyBugsBundleAndReportsNameTheUserMethodAndLineOfBothRacingTasks()
    {
        var output = Path.Combine(Path.GetTempPath(), $"stressmaps-test-{Guid.NewGuid():N}");
        var result = CliProcess.RunWith(ClassTargetCommandTests.Cache, [
            "run", "--assembly", Targets.Loading.TestMaps.AssemblyPath, "--type", "StressMaps.TestMaps.OrderDesk",
            "-i", "100", "-c", "pair-place-place-absent", "-f", "html,junit", "-o", output]);

        Assert.True(result.ExitCode == 2, result.Output + result.Error);
        using var bundle = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "bugs", "pair-place-place-absent.OrderDesk.bundle.json")));
        var verdict = bundle.RootElement.GetProperty("verdict");
        var race = verdict.GetProperty("race");
        Assert.Equal("OrderDesk.Placed", race.GetProperty("field").GetString());
        var racing = new[] { race.GetProperty("switchedAway").GetInt32(), race.GetProperty("meanwhile").GetInt32() };
        Assert.Equal([1, 2], racing.Order());

        // OrderDesk.cs: line 13 declares the auto-property (its accessors), line 22 is `return ++Placed;` in Place.
        const string Accessor = @"^StressMaps\.TestMaps\.OrderDesk\.[gs]et_Placed\(.*\) in .*OrderDesk\.cs:line 13$";
        const string Caller = @"^StressMaps\.TestMaps\.OrderDesk\.Place\(String item\) in .*OrderDesk\.cs:line 22$";
        foreach (var stack in verdict.GetProperty("stacks").EnumerateArray())
        {
            var frames = stack.GetProperty("userFrames").EnumerateArray().Select(frame => frame.GetString()!).ToList();
            Assert.Matches(Accessor, frames[0]);
            Assert.Matches(Caller, frames[1]);
        }

        var html = File.ReadAllText(Path.Combine(output, "report.html"));
        Assert.Contains("Race on OrderDesk.Placed:", html);
        Assert.Matches(@"task \d was switched away right before it touched OrderDesk\.Placed, at\n\s+StressMaps\.TestMaps\.OrderDesk\.[gs]et_Placed.*OrderDesk\.cs:line 13\n\s+StressMaps\.TestMaps\.OrderDesk\.Place\(String item\) in .*OrderDesk\.cs:line 22", html);
        Assert.Matches(@"task \d touched OrderDesk\.Placed meanwhile, at\n\s+StressMaps\.TestMaps\.OrderDesk\.[gs]et_Placed.*OrderDesk\.cs:line 13\n\s+StressMaps\.TestMaps\.OrderDesk\.Place\(String item\) in .*OrderDesk\.cs:line 22", html);
        Assert.Contains("Race on OrderDesk.Placed:", result.Output);
        Assert.Contains("Race on OrderDesk.Placed:", File.ReadAllText(Path.Combine(output, "junit.xml")));
    }
}
