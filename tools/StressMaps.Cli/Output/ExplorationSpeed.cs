using System.Globalization;
using StressMaps.Harness.Reports.RunFiles;

namespace StressMaps.Cli.Output;

/// <summary>How fast a run explored: over the run's wall-clock time, and over the cells' own time.</summary>
public static class ExplorationSpeed
{
    /// <summary>Iterations a second over the run's wall-clock time: the figure <c>--parallel</c> raises.</summary>
    public static double WallClockRate(RunDocument run) =>
        run.ElapsedSeconds > 0 ? run.Cells.Sum(cell => (long)cell.IterationsExplored) / run.ElapsedSeconds : 0;

    /// <summary>One line: total iterations, the wall-clock rate, and the rate over the cells' own time.</summary>
    /// <remarks>
    /// A cell's time includes starting its Coyote engine, so cells that stop at iteration 1 show a low rate;
    /// the first cell of a process also pays for loading and compiling the engine.
    /// </remarks>
    public static string Describe(RunDocument run)
    {
        var iterations = run.Cells.Sum(cell => (long)cell.IterationsExplored);
        var cellSeconds = run.Cells.Sum(cell => cell.ElapsedSeconds);
        var cellRate = cellSeconds > 0 ? iterations / cellSeconds : 0;
        return string.Create(CultureInfo.InvariantCulture,
            $"Speed: {iterations:#,0} iterations, {WallClockRate(run):0} iterations/s over the run's {run.ElapsedSeconds:0.0} s wall clock; " +
            $"{cellRate:0}/s over the cells' own {cellSeconds:0.0} s (each cell's iterationsPerSecond is in run.json).");
    }
}
