using StressMaps.Harness.Reports.RunFiles;
using StressMaps.Harness.Sessions.Workers;

namespace StressMaps.Harness.Sessions.Watchdog;

/// <summary>
/// What the parent of <c>run --type ...</c> asks a worker: the run's typed plan (the worker plans exactly what
/// the parent would), minus what is already settled.
/// </summary>
/// <param name="Plan">The run's plan.</param>
/// <param name="Skip">Cells already explored, or killed: the worker goes on after them.</param>
/// <param name="Drop">Types, as typed, whose pre-check killed a worker: the worker leaves them out.</param>
public sealed record UserRunRequest(UserRunPlan Plan, IReadOnlyList<string> Skip, IReadOnlyList<string> Drop)
{
    /// <summary>
    /// When the first worker had planned the run, or null for the first worker: a budgeted run's deadline counts
    /// from it, whichever worker explores (loading and rewriting the user's assembly is not exploring).
    /// </summary>
    public DateTimeOffset? ExploringSince { get; init; }

    /// <summary>Schedules the settled cells spent, against a budget in schedules.</summary>
    public long Spent { get; init; }

    /// <summary>The bug cells settled so far: once every cell is, the last worker bundles one of each root cause.</summary>
    public IReadOnlyList<CellRecord> Found { get; init; } = [];

    /// <summary>Cells whose bundle is written or being written: their root causes are not bundled again.</summary>
    public IReadOnlyList<string> Bundled { get; init; } = [];

    /// <summary>Schedules of killed cells not yet bundled: the worker bundles them before exploring on.</summary>
    public IReadOnlyList<KilledSchedule> Killed { get; init; } = [];
}

/// <summary>One line a worker sends back while it runs a <see cref="UserRunRequest"/>.</summary>
/// <param name="Event">
/// <c>note</c> (a line to print), <c>plan</c> (every cell, unexplored), <c>cell</c> (a cell explored),
/// <c>bundle</c> (a bug's bundle written, <paramref name="Bundle"/> relative to the output folder),
/// <c>rejected</c> (a usage error, <paramref name="Text"/>), <c>retire</c> (start a fresh worker for the rest: the
/// user's threads may still run), <c>done</c>.
/// </param>
/// <param name="Text">The note or the rejection.</param>
/// <param name="Cell">The explored cell.</param>
/// <param name="Plan">The cells, unexplored, in matrix order.</param>
/// <param name="Bundle">The bundle's path relative to the output folder.</param>
/// <param name="CellName">The cell the bundle belongs to.</param>
/// <param name="ClassTargets">With the plan: the class targets' operations and coverage, for run.json.</param>
public sealed record UserRunEvent(
    string Event,
    string? Text = null,
    CellRecord? Cell = null,
    IReadOnlyList<CellRecord>? Plan = null,
    string? Bundle = null,
    string? CellName = null,
    IReadOnlyList<ClassTargetRecord>? ClassTargets = null)
{
    /// <summary>A line to print.</summary>
    public const string Note = "note";

    /// <summary>Every cell, unexplored.</summary>
    public const string Planned = "plan";

    /// <summary>A cell explored.</summary>
    public const string Explored = "cell";

    /// <summary>A bug's bundle is being written.</summary>
    public const string Bundled = "bundle";

    /// <summary>The run cannot be done (a usage error).</summary>
    public const string Rejected = "rejected";

    /// <summary>Start a fresh worker for the rest.</summary>
    public const string Retired = "retire";

    /// <summary>Every cell is settled.</summary>
    public const string Done = "done";
}
