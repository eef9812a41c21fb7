using StressMaps.Harness.Exploration;
using StressMaps.Harness.Exploration.Exhaustive;
using StressMaps.Harness.Oracles;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Targets;
using StressMaps.Harness.Verdicts;
using StressMaps.Reduction;

namespace StressMaps.Tests.Exploration.Exhaustive;

/// <summary>
/// The default run's proof attempt: a built-in cell proved within its budget reads proved; a budget too small for the
/// proof leaves the cell to the same sample as before; a bug is reported as sampling finds it.
/// </summary>
public class ProofFirstTests
{
    private static readonly ExplorationOptions Sampled = new(Iterations: 50);

    private static CellVerdict Explore(string scenario, string map, ExplorationOptions options) =>
        CellRunner.Explore(Cell.Matrix(ScenarioCatalog.Find(scenario)!, TargetCatalog.Find(map)!), options);

    [Fact]
    public void ASafeCellProvedWithinTheBudgetReadsProvedWithTheReducedSearchsCount()
    {
        var verdict = Explore("writer-vs-reader", "clone", Sampled with { ProofSchedules = ProofFirst.DefaultSchedules });

        Assert.Equal(VerdictKind.Proved, verdict.Verdict);
        Assert.NotEqual("dfs", verdict.Outcome!.Coverage!.Search);
        Assert.InRange(verdict.Outcome.Coverage.Schedules, 1, 2000);
    }

    [Fact]
    public void ABudgetTooSmallForTheProofLeavesTheCellToTheSampleItWouldHaveHad()
    {
        var withoutProof = Explore("writer-vs-reader", "rwlocked", Sampled);
        var cutProof = Explore("writer-vs-reader", "rwlocked", Sampled with { ProofSchedules = 2 });

        Assert.Equal(VerdictKind.Safe, cutProof.Verdict);
        Assert.Null(cutProof.Outcome!.Coverage);
        Assert.Equal(Sampled.Iterations, (uint)cutProof.Outcome.IterationsExplored);
        Assert.Equal(withoutProof.Outcome!.IterationsExplored, cutProof.Outcome.IterationsExplored);
    }

    [Fact]
    public void ABugCellIsReportedAsSamplingFindsIt()
    {
        var withoutProof = Explore("writer-vs-reader", "unsafe", Sampled);
        var withProof = Explore("writer-vs-reader", "unsafe", Sampled with { ProofSchedules = ProofFirst.DefaultSchedules });

        Assert.Equal(VerdictKind.Bug, withProof.Verdict);
        Assert.Null(withProof.Outcome!.Coverage);
        Assert.Equal(withoutProof.Outcome!.FirstBugIteration, withProof.Outcome.FirstBugIteration);
        Assert.Equal(withoutProof.Outcome.ReproducibleTrace, withProof.Outcome.ReproducibleTrace);
    }

    [Fact]
    public void OnlyASampledCellWhoseStepsSayWhatTheyTouchGetsAnAttempt()
    {
        var options = Sampled with { ProofSchedules = 100 };

        Assert.True(ProofFirst.Applies(options, FootprintRules.Observed));
        Assert.False(ProofFirst.Applies(options, FootprintRules.Unknown));
        Assert.False(ProofFirst.Applies(Sampled, FootprintRules.Observed));
        Assert.False(ProofFirst.Applies(options with { Strategy = StrategyName.Exhaustive }, FootprintRules.Observed));
    }

    [Fact]
    public void AUsersMapGetsNoAttemptForItsFootprintsAreNotEstablished()
    {
        var scenario = ScenarioCatalog.Find("writer-vs-reader")!;

        Assert.Equal(FootprintRules.Unknown, CellRunner.FootprintsOf(Cell.Matrix(scenario, Targets.Loading.TestMaps.Load("StripedLockMap").Target)));
        Assert.Equal(FootprintRules.Observed, CellRunner.FootprintsOf(Cell.Matrix(scenario, TargetCatalog.Find("clone")!)));
    }
}
