using StressMaps.Reduction;
using Xunit.Abstractions;

namespace StressMaps.Tests.Reduction;

/// <summary>The partial-order search on simulated programs, against every interleaving enumerated by brute force.</summary>
public class DporSchedulerTests(ITestOutputHelper output)
{
    private const int Programs = 300;

    [Theory]
    [InlineData(3, 2)]
    [InlineData(4, 3)]
    public void OnRandomProgramsEveryTraceOfEveryInterleavingIsExplored(int maxSteps, int objects)
    {
        var schedules = 0;
        var interleavings = 0;
        for (var seed = 0; seed < Programs; seed++)
        {
            var program = SimulatedProgram.Random(seed, maxSteps, objects);
            var all = program.AllInterleavings().ToList();
            var explored = program.Search(new DporScheduler(FootprintRules.Declared));

            var missing = all.Select(program.TraceOf).ToHashSet();
            missing.ExceptWith(explored.Select(program.TraceOf));
            Assert.True(missing.Count == 0, $"program {seed} ({Describe(program)}): trace {missing.FirstOrDefault()} never explored");
            Assert.True(explored.Count <= all.Count, $"program {seed}: {explored.Count} schedules for {all.Count} interleavings");
            schedules += explored.Count;
            interleavings += all.Count;
        }

        output.WriteLine($"{Programs} programs: {schedules} schedules for {interleavings} interleavings");
        Assert.True(schedules < interleavings);
    }

    [Theory]
    [InlineData(3, 2)]
    [InlineData(3, 1)]
    public void OnRandomProgramsEachScheduleIsADistinctTraceUnlessItEndedAsleep(int maxSteps, int objects)
    {
        for (var seed = 0; seed < Programs; seed++)
        {
            var program = SimulatedProgram.Random(seed, maxSteps, objects);
            var scheduler = new DporScheduler(FootprintRules.Declared);
            var explored = program.Search(scheduler);

            var distinct = explored.Select(program.TraceOf).Distinct().Count();
            Assert.True(explored.Count - scheduler.SleepBlocked <= distinct, $"program {seed} ({Describe(program)}): {explored.Count} schedules, {scheduler.SleepBlocked} asleep, {distinct} traces");
        }
    }

    [Fact]
    public void WithUnknownFootprintsEveryInterleavingIsExploredOnce()
    {
        for (var seed = 0; seed < 100; seed++)
        {
            var program = SimulatedProgram.Random(seed);
            var explored = program.Search(new DporScheduler(FootprintRules.Unknown));

            Assert.Equal(program.AllInterleavings().Count(), explored.Select(events => string.Join(";", events)).Distinct().Count());
            Assert.Equal(program.AllInterleavings().Count(), explored.Count);
        }
    }

    [Fact]
    public void AReplayThatMeetsOtherEnabledOperationsIsReportedAsDivergence()
    {
        var scheduler = new DporScheduler(FootprintRules.Declared);
        var x = new PendingStep(1, 0, PointKind.Write, "x");
        var y = new PendingStep(2, 0, PointKind.Write, "x");
        scheduler.Choose([x, y], 1);
        scheduler.Choose([y], 1);
        Assert.True(scheduler.NextSchedule());

        scheduler.Choose([x, y, new PendingStep(3, 0, PointKind.Write, "x")], 1);

        Assert.NotNull(scheduler.Divergence);
    }

    private static string Describe(SimulatedProgram program) =>
        string.Join(" | ", program.Processes.Select((steps, p) => (program.WaitsFor[p] is { } w ? $"after {w}: " : "") + string.Join(", ", steps)));
}
