using StressMaps.Harness.Targets.Loading;
using StressMaps.Harness.Oracles;
using System.Diagnostics;
using Microsoft.Coyote.Logging;
using Microsoft.Coyote.SystematicTesting;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Targets;
using StressMaps.Harness.Verdicts;

namespace StressMaps.Harness.Measuring.Overhead;

/// <summary>
/// Where an exploration trial's time goes, as <c>stressmaps compare</c> runs them (a fresh engine
/// per seed, stopping at the first bug), measured with stopwatches and the engine's own iteration
/// callbacks, no profiler: setting up the engine, waiting for its first iteration, the iterations
/// themselves, the engine's work after the last one (its bug report and trace), and reading the outcome.
/// </summary>
public static class TrialPhases
{
    /// <summary>The phases, in the order a trial goes through them.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["engine set-up", "until the first iteration", "iterations", "after the last iteration", "reading the outcome"];

    /// <summary>Runs <paramref name="trials"/> trials of the cell after three warm-up trials, and gives each phase's median milliseconds.</summary>
    public static TrialPhaseResult Measure(Scenario scenario, Target map, int trials, uint iterations = 100)
    {
        var cell = new CellId(scenario.Name, map.Name);
        var cellSeed = CellSeeds.For(ExplorationOptions.DefaultSeed, cell);
        var test = CellRunner.TestOf(Cell.Matrix(scenario, map));
        for (var warmUp = 0; warmUp < 3; warmUp++)
        {
            Trial(test, new ExplorationOptions(Iterations: iterations, Seed: ~cellSeed + (uint)warmUp));
        }

        var phases = Names.Select(_ => new List<double>()).ToList();
        var perIteration = new List<double>();
        var explored = new List<double>();
        var steps = new List<double>();
        var operations = new List<double>();
        for (var i = 0; i < trials; i++)
        {
            var (milliseconds, iterationsRun, stepsRun, operationsRun) = Trial(test, new ExplorationOptions(Iterations: iterations, Seed: CellSeeds.Nth(cellSeed, i)));
            for (var phase = 0; phase < milliseconds.Length; phase++)
            {
                phases[phase].Add(milliseconds[phase]);
            }

            explored.Add(iterationsRun);
            perIteration.Add(milliseconds[2] / Math.Max(1, iterationsRun));
            steps.Add((double)stepsRun / Math.Max(1, iterationsRun));
            operations.Add((double)operationsRun / Math.Max(1, iterationsRun));
        }

        return new TrialPhaseResult(
            cell.Display,
            trials,
            HarnessOverheadResult.Median(explored),
            HarnessOverheadResult.Median(perIteration),
            HarnessOverheadResult.Median(steps),
            HarnessOverheadResult.Median(operations),
            Names.Select((name, index) => (name, HarnessOverheadResult.Median(phases[index]))).ToList());
    }

    private static (double[] Milliseconds, int Iterations, long Steps, long Operations) Trial(Func<Task> test, ExplorationOptions options)
    {
        long firstIteration = 0, iterationStart = 0, lastEnd = 0, iterationTicks = 0;
        var setUpStart = Stopwatch.GetTimestamp();
        RewritingGuard.EnsureRewritten(RewritingGuard.BuiltInAssemblies);
        using var engine = TestingEngine.Create(CoyoteConfigurations.ForExploration(options), test);
        engine.SetLogger(new TextWriterLogger(TextWriter.Null, VerbosityLevel.None));
        engine.RegisterStartIterationCallBack(_ =>
        {
            iterationStart = Stopwatch.GetTimestamp();
            firstIteration = firstIteration == 0 ? iterationStart : firstIteration;
        });
        engine.RegisterEndIterationCallBack(_ =>
        {
            lastEnd = Stopwatch.GetTimestamp();
            iterationTicks += lastEnd - iterationStart;
        });
        var runStart = Stopwatch.GetTimestamp();
        engine.Run();
        var runEnd = Stopwatch.GetTimestamp();

        // What CoyoteExplorer reads after every run.
        var report = engine.TestReport;
        _ = report.BugReports.FirstOrDefault() is { } bug ? BugReportText.FirstLine(bug) : null;
        _ = engine.ReproducibleTrace;
        var outcomeEnd = Stopwatch.GetTimestamp();

        static double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
        double[] milliseconds =
        [
            Ms(runStart - setUpStart),
            Ms(firstIteration - runStart),
            Ms(iterationTicks),
            Ms(runEnd - lastEnd),
            Ms(outcomeEnd - runEnd),
        ];
        return (
            milliseconds,
            report.NumOfExploredFairPaths + report.NumOfExploredUnfairPaths,
            report.TotalExploredFairSteps + report.TotalExploredUnfairSteps,
            report.TotalControlledOperations);
    }
}
