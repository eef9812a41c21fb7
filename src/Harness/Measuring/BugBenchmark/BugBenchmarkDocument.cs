namespace StressMaps.Harness.Measuring.BugBenchmark;

/// <summary>What <c>stressmaps bench --bugs</c> measured, as bugs.json holds it.</summary>
/// <param name="CreatedAt">When the run started, UTC.</param>
/// <param name="Command">The command that made it.</param>
/// <param name="BudgetSeconds">Wall-time budget of each column on each program and seed.</param>
/// <param name="Seeds">The seeds each column ran the buggy test with.</param>
/// <param name="ProcessorCount">Cores of the machine.</param>
/// <param name="Columns">The columns, in table order.</param>
/// <param name="Programs">One entry per program.</param>
public sealed record BugBenchmarkDocument(
    DateTimeOffset CreatedAt, string Command, double BudgetSeconds, IReadOnlyList<uint> Seeds, int ProcessorCount, IReadOnlyList<string> Columns, IReadOnlyList<BugProgramResult> Programs);

/// <summary>One program's row.</summary>
/// <param name="Name">The program.</param>
/// <param name="Source">Where its pattern comes from.</param>
/// <param name="Depth">Its preemption depth.</param>
/// <param name="Bug">The buggy test's full name.</param>
/// <param name="Twin">The correct twin's full name.</param>
/// <param name="Columns">Each column's result, by column name.</param>
public sealed record BugProgramResult(string Name, string Source, int Depth, string Bug, string Twin, IReadOnlyDictionary<string, BugColumnResult> Columns);

/// <summary>One column on one program, over the seeds.</summary>
/// <param name="Found">Seeds on which the bug showed within the budget.</param>
/// <param name="Seeds">Seeds run.</param>
/// <param name="SchedulesMedian">Median schedules to the first bug over the seeds that found it; null when none did.</param>
/// <param name="SchedulesWorst">The most schedules to the first bug over those seeds.</param>
/// <param name="SecondsMedian">Median seconds to the first bug over those seeds.</param>
/// <param name="SecondsWorst">The most seconds to the first bug over those seeds.</param>
/// <param name="Replayed">Bugs whose trace replayed the same bug (null for real threads, which keep no trace).</param>
/// <param name="TwinFalseBug">The bug the column reported on the correct twin within the budget, or null: none.</param>
/// <param name="TwinSchedules">Schedules (runs) the twin passed.</param>
/// <param name="FirstMessage">The first bug's message, to read what was found.</param>
public sealed record BugColumnResult(
    int Found, int Seeds, double? SchedulesMedian, int? SchedulesWorst, double? SecondsMedian, double? SecondsWorst, int? Replayed, string? TwinFalseBug, int TwinSchedules, string? FirstMessage);
