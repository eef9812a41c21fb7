using StressMaps.Harness.Files;

namespace StressMaps.Harness.Measuring.Stress;

/// <summary>The result of a stress run, as stored in <c>stress.json</c>.</summary>
public sealed record StressDocument : DocumentHeader
{
    /// <summary>When the run started, UTC.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>Wall-clock seconds of the whole run.</summary>
    public required double ElapsedSeconds { get; init; }

    /// <summary>The machine it ran on.</summary>
    public required MachineRecord Machine { get; init; }

    /// <summary>Runs per cell at most.</summary>
    public required int Runs { get; init; }

    /// <summary>Seconds per cell at most, or null.</summary>
    public double? TimeBudgetSeconds { get; init; }

    /// <summary>Seconds one run may take before it counts as a hang.</summary>
    public required double RunTimeoutSeconds { get; init; }

    /// <summary>Every cell, in matrix order.</summary>
    public required IReadOnlyList<StressCellRecord> Cells { get; init; }
}

/// <summary>One cell of a stress run as stored.</summary>
public sealed record StressCellRecord
{
    /// <summary>The scenario's name.</summary>
    public required string Scenario { get; init; }

    /// <summary>The map's name.</summary>
    public required string Map { get; init; }

    /// <summary>bug-expected, safe-expected or not-applicable (from exploration's expectation table).</summary>
    public required string Expectation { get; init; }

    /// <summary>Runs made (0 for a skipped cell).</summary>
    public int Runs { get; init; }

    /// <summary>Runs that failed in any way.</summary>
    public int FailedRuns { get; init; }

    /// <summary>Runs in which a task threw.</summary>
    public int Exceptions { get; init; }

    /// <summary>Runs whose final check failed.</summary>
    public int WrongFinalStates { get; init; }

    /// <summary>Runs that hung past the per-run timeout.</summary>
    public int Hangs { get; init; }

    /// <summary>1-based index of the first failing run, or null.</summary>
    public int? FirstFailingRun { get; init; }

    /// <summary>exception, wrong-final-state or hang, or null.</summary>
    public string? FirstFailure { get; init; }

    /// <summary>The first failing run's message, or null.</summary>
    public string? FirstFailureMessage { get; init; }

    /// <summary>Seconds from the cell's start to the first failure, or null.</summary>
    public double? SecondsToFirstFailure { get; init; }

    /// <summary>Seconds spent on the cell.</summary>
    public double ElapsedSeconds { get; init; }

    /// <summary>Runs per second.</summary>
    public double RunsPerSecond { get; init; }

    /// <summary>Times a thread found a lock taken.</summary>
    public long LockContentions { get; init; }

    /// <summary>Milliseconds threads spent waiting for taken locks, summed; null when not measured.</summary>
    public double? LockWaitMilliseconds { get; init; }

    /// <summary>The stored form of <paramref name="outcome"/> (null for a skipped cell).</summary>
    public static StressCellRecord From(string scenario, string map, string expectation, StressOutcome? outcome) => new()
    {
        Scenario = scenario,
        Map = map,
        Expectation = expectation,
        Runs = outcome?.Runs ?? 0,
        FailedRuns = outcome?.FailedRuns ?? 0,
        Exceptions = outcome?.Exceptions ?? 0,
        WrongFinalStates = outcome?.WrongFinalStates ?? 0,
        Hangs = outcome?.Hangs ?? 0,
        FirstFailingRun = outcome?.FirstFailingRun,
        FirstFailure = outcome?.FirstFailure is { } kind ? KindName(kind) : null,
        FirstFailureMessage = outcome?.FirstFailureMessage,
        SecondsToFirstFailure = outcome?.TimeToFirstFailure?.TotalSeconds,
        ElapsedSeconds = outcome?.Elapsed.TotalSeconds ?? 0,
        RunsPerSecond = outcome?.RunsPerSecond ?? 0,
        LockContentions = outcome?.LockContentions ?? 0,
        LockWaitMilliseconds = outcome?.LockWaitTime?.TotalMilliseconds,
    };

    /// <summary>The kebab-case name of a failure kind, as stored and printed.</summary>
    public static string KindName(StressFailureKind kind) => kind switch
    {
        StressFailureKind.Exception => "exception",
        StressFailureKind.WrongFinalState => "wrong-final-state",
        _ => "hang",
    };
}
