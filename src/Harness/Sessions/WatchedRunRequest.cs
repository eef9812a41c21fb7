using System.Diagnostics;
using StressMaps.Harness.Files;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.Reports.Exporters;
using StressMaps.Harness.Sessions.Watchdog;
using StressMaps.Harness.Sessions.Workers;

namespace StressMaps.Harness.Sessions;

/// <summary>
/// A run over a user's types, to explore in worker processes under a watchdog: the run's typed plan (each
/// worker plans from it, so this process never runs the user's code), and what the parent needs to judge
/// and write the run.
/// </summary>
/// <param name="Plan">The run's plan, sent to each worker.</param>
/// <param name="Output">The checked output folder.</param>
/// <param name="Limits">The watchdog's hang timeout and memory limit.</param>
/// <param name="StartWorker">How to start the tool in its worker mode.</param>
public sealed record WatchedRunRequest(
    UserRunPlan Plan,
    OutputFolder Output,
    WatchdogLimits Limits,
    Func<ProcessStartInfo> StartWorker)
{
    /// <summary>The report formats to write.</summary>
    public IReadOnlyList<string> Formats { get; init; } = ExporterRegistry.RunDefaults;

    /// <summary>The types named, as typed.</summary>
    public IReadOnlyList<string> Types => Plan.Targets.Types;

    /// <summary>The run's exploration options.</summary>
    public ExplorationOptions Options => Plan.Options;
}
