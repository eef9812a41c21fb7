using System.Diagnostics;
using StressMaps.Harness.Files;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.Reports.Exporters;
using StressMaps.Harness.Sessions.Watchdog;

namespace StressMaps.Harness.Sessions;

/// <summary>
/// A run over a user's types, to explore in worker processes under a watchdog: the arguments of <c>run</c>
/// as typed (each worker plans from them, so this process never runs the user's code), and what the
/// parent needs to judge and write the run.
/// </summary>
/// <param name="Arguments">The arguments of <c>run</c>, as typed.</param>
/// <param name="Types">The types named, as typed.</param>
/// <param name="Options">The run's exploration options.</param>
/// <param name="Output">The checked output folder.</param>
/// <param name="Limits">The watchdog's hang timeout and memory limit.</param>
/// <param name="StartWorker">How to start the tool in its worker mode.</param>
public sealed record WatchedRunRequest(
    IReadOnlyList<string> Arguments,
    IReadOnlyList<string> Types,
    ExplorationOptions Options,
    OutputFolder Output,
    WatchdogLimits Limits,
    Func<ProcessStartInfo> StartWorker)
{
    /// <summary>The report formats to write.</summary>
    public IReadOnlyList<string> Formats { get; init; } = ExporterRegistry.RunDefaults;

    /// <summary>The command whose arguments <see cref="Arguments"/> are: <c>run</c>, or <c>test</c> for concurrent test methods (then <see cref="Types"/> names the methods).</summary>
    public string Command { get; init; } = "run";
}
