using StressMaps.Harness.Bundles;
using StressMaps.Harness.Exploration.Bugs;

namespace StressMaps.Harness.Sessions.Watchdog;

/// <summary>
/// The schedule of a cell whose worker was killed, as its trace journal kept it: the next worker bundles it
/// (the dead one could not), since only a worker may load the user's type.
/// </summary>
/// <param name="Scenario">The cell's scenario.</param>
/// <param name="Map">The cell's target.</param>
/// <param name="Kill">How the worker ended.</param>
/// <param name="Bug">The cell's bug, as its record has it.</param>
/// <param name="Message">The cell's bug message.</param>
/// <param name="Detail">What else is known of the kill.</param>
/// <param name="Steps">The trace steps of the schedule, up to the kill.</param>
public sealed record KilledSchedule(string Scenario, string Map, WorkerKill Kill, Bug Bug, string Message, string Detail, IReadOnlyList<string> Steps)
{
    /// <summary>The cell, <c>scenario.map</c>.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string Cell => new Verdicts.CellId(Scenario, Map).ToString();
}
