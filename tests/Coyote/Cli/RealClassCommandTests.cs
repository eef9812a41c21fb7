using StressMaps.Harness.Bundles;
using StressMaps.Harness.Targets;
using StressMaps.Tests.Targets.Loading;

namespace StressMaps.Tests.Cli;

/// <summary>
/// Classes written as services write them (a capacity constructor, a static factory, an async member), judged by
/// <c>stressmaps run --assembly ... --type ...</c> with the default options; <c>-c</c> picks the cells that matter.
/// </summary>
public class RealClassCommandTests
{
    private static CliProcess.Result Run(string folder, params string[] arguments) =>
        CliProcess.RunWith(ClassTargetCommandTests.Cache, ["run", "--assembly", TestMaps.AssemblyPath, .. arguments, "-o", folder]);

    private static string NewFolder() => Path.Combine(Path.GetTempPath(), $"stressmaps-test-{Guid.NewGuid():N}");

    private static int SafeAfterAThousand(CliProcess.Result result) =>
        result.Error.Split('\n').Count(line => line.Contains("safe after 1000 iterations", StringComparison.Ordinal));

    [Fact]
    public void ACacheMadeByItsCapacityConstructorRacesAndItsBundleReplaysTheConstruction()
    {
        var folder = NewFolder();
        var result = Run(folder, "--type", "StressMaps.TestMaps.Classes.BoundedCache", "-c", "pair-put-put-absent");

        Assert.True(result.ExitCode == 2, result.Output + result.Error);
        Assert.Contains(
            "BoundedCache: made by new BoundedCache(capacity: 1); refused first: new BoundedCache(capacity: -1) threw ArgumentOutOfRangeException",
            result.Error);
        var bundlePath = Directory.GetFiles(Path.Combine(folder, "bugs"), "*.bundle.json").First();
        var construction = BugBundleJson.Read(bundlePath).Target.Construction!;
        Assert.Equal(ConstructionKind.Constructor, construction.Kind);
        Assert.Equal("new BoundedCache(capacity: 1)", construction.Text);
        Assert.Contains("made by new BoundedCache(capacity: 1)", File.ReadAllText(Path.Combine(folder, "run.json")));

        var replay = CliProcess.RunWith(ClassTargetCommandTests.Cache, ["replay", bundlePath, "--times", "3"]);
        Assert.True(replay.ExitCode == 2, replay.Output + replay.Error);
        Assert.Contains("The bug reproduces 3/3", replay.Output);
    }

    [Fact]
    public void TheLockedCapacityCacheIsCleanOverAThousandSchedules()
    {
        var result = Run(NewFolder(), "--type", "StressMaps.TestMaps.Classes.LockedBoundedCache", "-c", "pair-put-put-absent", "-i", "1000");

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Equal(1, SafeAfterAThousand(result));
    }

    [Fact]
    public void AStoreMadeOnlyByItsStaticFactoryHandingOutItsLiveDictionaryExitsTwo()
    {
        var result = Run(NewFolder(), "--type", "StressMaps.TestMaps.Classes.SettingsStore", "-c", "hands-out-snapshot-then-set");

        Assert.True(result.ExitCode == 2, result.Output + result.Error);
        Assert.Contains("SettingsStore: made by SettingsStore.Create()", result.Error);
        Assert.Contains("handed out SettingsStore's live collection, not a copy", result.Output);
    }

    [Fact]
    public void TheStoreCopyingUnderItsLockIsCleanOverAThousandSchedules()
    {
        var result = Run(NewFolder(), "--type", "StressMaps.TestMaps.Classes.CopyingSettingsStore", "-c", "hands-out-snapshot-then-set", "-i", "1000");

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Equal(1, SafeAfterAThousand(result));
    }

    [Fact]
    public void AnAsyncCheckThenActAcrossAnAwaitIsNotLinearizable()
    {
        var result = Run(NewFolder(), "--type", "StressMaps.TestMaps.Classes.SeatBooking", "-c", "pair-bookasync-bookasync-absent");

        Assert.True(result.ExitCode == 2, result.Output + result.Error);
        Assert.Contains("SeatBooking: operations BookAsync(string) -> Task<int>, Booked -> int", result.Error);
        Assert.Contains("Not linearizable", result.Output);
        Assert.Matches(@"BookAsync\(a\) answered 2, but SeatBooking run one call at a time would answer 1", result.Output);
    }

    [Fact]
    public void TheAsyncBookingHoldingASemaphoreAcrossTheAwaitIsCleanOverAThousandSchedules()
    {
        var result = Run(NewFolder(), "--type", "StressMaps.TestMaps.Classes.GuardedSeatBooking", "-c", "pair-bookasync-bookasync-absent", "-i", "1000");

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Equal(1, SafeAfterAThousand(result));
    }

    [Fact]
    public void WithItsAsyncMemberExcludedTheSafeVerdictReadsPartialAndStrictExitsFour()
    {
        var folder = NewFolder();
        string[] arguments = ["--type", "StressMaps.TestMaps.Classes.SeatBooking", "--exclude", "BookAsync", "-c", "pair-booked-booked-absent", "-i", "100"];
        var lenient = Run(folder, arguments);
        var strict = Run(NewFolder(), [.. arguments, "--strict"]);

        Assert.True(lenient.ExitCode == 0, lenient.Output + lenient.Error);
        Assert.Contains("SeatBooking: explored 1 of 2 public members; not explored and writing its state: BookAsync (a safe verdict is partial)", lenient.Error);
        Assert.Contains("safe, partial ✓", lenient.Output);
        Assert.Contains("SeatBooking: safe, partial: 1 member not explored (BookAsync)", lenient.Output);
        Assert.Contains("partial: 1 member not explored (BookAsync)", File.ReadAllText(Path.Combine(folder, "junit.xml")));
        Assert.True(strict.ExitCode == 4, strict.Output + strict.Error);
        Assert.Contains("--strict: a safe verdict is partial", strict.Error);
    }

    [Fact]
    public void ATypeNoDomainCanMakeIsRejectedNamingTheParameterAndHowToWriteAFactory()
    {
        var result = Run(NewFolder(), "--type", "StressMaps.TestMaps.Classes.ClockedCache");

        Assert.True(result.ExitCode == 1, result.Output + result.Error);
        Assert.Contains(
            "ClockedCache cannot be made: StressMaps cannot pass parameter 'clock' (TimeProvider) of new ClockedCache(TimeProvider clock) " +
            "(it passes string, bool, integer, char and enum arguments); write a public static method that builds one, " +
            "e.g. public static ClockedCache Create() => new ClockedCache(...), and pass --factory StressMaps.TestMaps.Classes.ClockedCache.Create",
            Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void ANamedFactoryMakesTheTypeAndIsSaid()
    {
        var result = Run(NewFolder(), "--type", "StressMaps.TestMaps.Classes.ClockedCache", "--factory", "StressMaps.TestMaps.Classes.ClockedCacheFactory.ForTests", "-c", "pair-put-put-absent", "-i", "20");

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Contains("ClockedCache: made by ClockedCacheFactory.ForTests(capacity: 1)", result.Error);
    }
}
