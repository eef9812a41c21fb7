using System.Text.Json.Serialization;
using StressMaps.Harness.Files;
using StressMaps.Harness.Verdicts;

namespace StressMaps.Harness.Reports.RunFiles;

/// <summary>
/// The canonical result of a run, as stored in <c>run.json</c>. Every report is rendered from it.
/// Bump <see cref="CurrentSchema"/> when a field changes meaning or goes away.
/// </summary>
public sealed record RunDocument : DocumentHeader
{
    /// <summary>The schema version this build writes.</summary>
    public const int CurrentSchema = 1;

    /// <summary>When the run started, UTC.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>Wall-clock seconds of the whole run.</summary>
    public required double ElapsedSeconds { get; init; }

    /// <summary>The machine it ran on.</summary>
    public required MachineRecord Machine { get; init; }

    /// <summary>The options of the run, before each cell derives its own seed.</summary>
    public required OptionsRecord Options { get; init; }

    /// <summary>True when the run was stopped before every cell finished.</summary>
    public bool Partial { get; init; }

    /// <summary>Every cell, in matrix order.</summary>
    public required IReadOnlyList<CellRecord> Cells { get; init; }

    /// <summary>"I/N" when this file holds one shard of a run (<c>run --shard</c>), else null.</summary>
    public string? Shard { get; init; }

    /// <summary>Worker processes that explored (<c>run --parallel</c>), or null for one process.</summary>
    public int? Workers { get; init; }

    /// <summary>Slices each cell was cut into (<c>run --slices</c>), or null for whole cells.</summary>
    public int? Slices { get; init; }

    /// <summary>The class targets of the run (operations, skipped members, relaxed answers, pair coverage), or null when there is none.</summary>
    public IReadOnlyList<ClassTargetRecord>? ClassTargets { get; init; }

    /// <summary>The distinct bugs of the run, each with the cells that found it (<see cref="RootCauseRecord"/>); null when none was found.</summary>
    public IReadOnlyList<RootCauseRecord>? Bugs { get; init; }
}

/// <summary>Exploration options as stored.</summary>
public sealed record OptionsRecord(string Strategy, uint Iterations, uint Seed, uint MaxSteps, double? TimeBudgetSeconds)
{
    /// <summary>True when every field access in rewritten user code was a scheduling point; absent otherwise.</summary>
    public bool? InterleaveMemoryAccesses { get; init; }

    /// <summary>The schedules a proof attempt could take on each cell before sampling it (<c>--proof-first</c>); absent when none was made.</summary>
    public uint? ProofFirstSchedules { get; init; }
}

/// <summary>One cell of the matrix as stored.</summary>
public sealed record CellRecord
{
    /// <summary>The scenario's name.</summary>
    public required string Scenario { get; init; }

    /// <summary>For a safe cell of a class target that left out members writing its state: their names (the verdict is partial); null otherwise.</summary>
    public IReadOnlyList<string>? NotExplored { get; init; }

    /// <summary>The map's name.</summary>
    public required string Map { get; init; }

    /// <summary>The cell: its scenario on its map.</summary>
    [JsonIgnore]
    public CellId Id => new(Scenario, Map);

    /// <summary>bug-expected, safe-expected or not-applicable.</summary>
    public required string Expectation { get; init; }

    /// <summary>Why that is expected.</summary>
    public required string Reason { get; init; }

    /// <summary>What exploration concluded.</summary>
    public required VerdictKind Verdict { get; init; }

    /// <summary>Whether the verdict agrees with the expectation.</summary>
    public required bool Matches { get; init; }

    /// <summary>The options the cell ran with, its own seed included.</summary>
    public required OptionsRecord Options { get; init; }

    /// <summary>Schedules explored.</summary>
    public int IterationsExplored { get; init; }

    /// <summary>True when an exhaustive search explored every schedule of the cell (see <see cref="Proof"/>); false for a sample or a search cut short.</summary>
    public bool Exhaustive { get; init; }

    /// <summary>Schedules explored to their end (for a sample, its iterations).</summary>
    public int Schedules { get; init; }

    /// <summary>What the exhaustive search covered, or null for a sampled cell.</summary>
    public ProofRecord? Proof { get; init; }

    /// <summary>1-based iteration of the first bug, or null.</summary>
    public int? FirstBugIteration { get; init; }

    /// <summary>Seconds spent exploring the cell.</summary>
    public double ElapsedSeconds { get; init; }

    /// <summary>Schedules explored per second.</summary>
    public double IterationsPerSecond { get; init; }

    /// <summary>The bug's first line, or null.</summary>
    public string? BugMessage { get; init; }

    /// <summary>The bug as data (its kind and what the check that found it knew), or null. Absent from files written before kinds were stored.</summary>
    public Exploration.Bugs.Bug? Bug { get; init; }

    /// <summary>
    /// The typed bug of a cell that found one: as stored, or for an older file read from its message
    /// (<see cref="Exploration.Bugs.UntypedBugs.FromStoredMessage"/>, the one fallback). Reports and dedup read this.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Exploration.Bugs.Bug TypedBug => Bug ?? Exploration.Bugs.UntypedBugs.FromStoredMessage(BugMessage);

    /// <summary>The whole bug report with its stack, or null.</summary>
    public string? BugDetail { get; init; }

    /// <summary>Coyote's reproducible trace of the failing schedule, or null.</summary>
    public string? Trace { get; init; }

    /// <summary>For a bug cell of a run over named types: its scenario as data, which with <see cref="Trace"/> lets <c>replay --cell</c> rebuild its bundle; else null.</summary>
    public Scenarios.Scenario? BugScenario { get; init; }

    /// <summary>The contract the target was judged by (thread-safe, not-thread-safe, single-writer), or null for the built-in matrix.</summary>
    public string? Contract { get; init; }

    /// <summary>What the target is (type and assembly), or null for the built-in matrix.</summary>
    public string? Target { get; init; }

    /// <summary>The scenario's steps (setup, then each task), or null for the built-in matrix.</summary>
    public string? Steps { get; init; }

    /// <summary>The bug bundle's path relative to run.json (<c>bugs/&lt;cell&gt;.bundle.json</c>), or null.</summary>
    public string? Bundle { get; init; }

    /// <summary>
    /// Which slice of the cell this record is, from 0, or null for a whole cell. A shard's file can hold
    /// slices; <c>stressmaps merge</c> combines them into the cell.
    /// </summary>
    public int? Slice { get; init; }

    /// <summary>How many slices the cell was cut into (each with its own spread seed), or null for one.</summary>
    public int? Slices { get; init; }

    /// <summary>How the user's code stopped the worker exploring this cell (a hang, a crash), or null.</summary>
    public KillRecord? Killed { get; init; }

    /// <summary>The interleaving coverage of the cell's schedules, when a budgeted run counted it; else null.</summary>
    public Exploration.Coverage.InterleavingCoverage? Coverage { get; init; }
}

/// <summary>How the user's code stopped the worker process exploring a cell.</summary>
/// <param name="Phase">What the worker was doing: exploring the cell, or the pre-check of a type.</param>
/// <param name="Operation">The user's operation that was running, or null when unknown.</param>
/// <param name="ExitCode">The process's exit code, or null when the watchdog killed it.</param>
/// <param name="Detail">The limit passed, or the first lines the process printed.</param>
public sealed record KillRecord(string Phase, string? Operation, int? ExitCode, string Detail);
