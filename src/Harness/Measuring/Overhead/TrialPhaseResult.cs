namespace StressMaps.Harness.Measuring.Overhead;

/// <summary>Where the time of a cell's exploration trials went, phase by phase (medians over the trials).</summary>
/// <param name="Cell">The cell, as <c>scenario × map</c>.</param>
/// <param name="Trials">Trials measured.</param>
/// <param name="MedianIterations">Median iterations a trial ran (up to and including its first bug).</param>
/// <param name="MedianMillisecondsPerIteration">Median over the trials of iteration time over iterations.</param>
/// <param name="MedianStepsPerIteration">Median over the trials of scheduling steps (the engine's decisions) per iteration.</param>
/// <param name="MedianOperationsPerIteration">Median over the trials of controlled operations (each on its own thread) per iteration.</param>
/// <param name="Phases">Each phase's name and median milliseconds per trial, in <see cref="TrialPhases.Names"/> order.</param>
public sealed record TrialPhaseResult(
    string Cell,
    int Trials,
    double MedianIterations,
    double MedianMillisecondsPerIteration,
    double MedianStepsPerIteration,
    double MedianOperationsPerIteration,
    IReadOnlyList<(string Name, double Milliseconds)> Phases);
