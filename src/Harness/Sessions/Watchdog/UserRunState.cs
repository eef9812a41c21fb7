using StressMaps.Harness.Exploration;
using StressMaps.Harness.Reports.RunFiles;
using StressMaps.Status;

namespace StressMaps.Harness.Sessions.Watchdog;

/// <summary>What the parent of a watched user-target run knows so far, across the workers it started.</summary>
/// <param name="progress">Where the progress lines and the workers' notes go.</param>
/// <param name="describe">The progress line of a settled cell: its place, the total, the cell.</param>
public sealed class UserRunState(TextWriter progress, Func<int, int, CellRecord, string> describe)
{
    private readonly List<CellRecord> _preChecks = [];
    private IReadOnlyList<CellRecord> _plan = [];
    private bool _notesPrinted;
    private bool _planned;

    /// <summary>Settled cells by name (<c>{scenario}.{map}</c>), explored or killed.</summary>
    public Dictionary<string, CellRecord> Records { get; } = [];

    /// <summary>Bundles by cell name, relative to the output folder.</summary>
    public Dictionary<string, string> Bundles { get; } = [];

    /// <summary>Schedules of killed cells, by cell name, as their workers journaled them: to bundle.</summary>
    public Dictionary<string, KilledSchedule> Journaled { get; } = [];

    /// <summary>The members seen hanging so far: a later cell running one again is given the shorter timeout.</summary>
    public RepeatedHangs Hangs { get; } = new();

    /// <summary>Types, as typed, whose pre-check killed a worker.</summary>
    public HashSet<string> Dropped { get; } = [];

    /// <summary>The names of the settled cells, for the next worker to skip.</summary>
    public IReadOnlyList<string> Settled => Records.Keys.ToList();

    /// <summary>Counts every cell settled and type dropped: a worker that changed nothing before dying cannot be retried.</summary>
    public int Changes { get; private set; }

    /// <summary>When the first worker's plan came: what a run's budget counts from.</summary>
    public DateTimeOffset? ExploringSince { get; private set; }

    /// <summary>Whether a worker said the run is done.</summary>
    public bool Finished { get; set; }

    /// <summary>Every settled cell in matrix order, the killed pre-checks first.</summary>
    public IReadOnlyList<CellRecord> Cells =>
        [.. _preChecks, .. _plan.Select(cell => Records.GetValueOrDefault(cell.Id.ToString())).OfType<CellRecord>()];

    /// <summary>The class targets' operations and coverage, as the plan gave them.</summary>
    public IReadOnlyList<ClassTargetRecord>? ClassTargets { get; private set; }

    /// <summary>How many cells the run has in all.</summary>
    public int Total => _preChecks.Count + _plan.Count;

    /// <summary>
    /// A fresh worker starts. Its notes before its plan describe the targets, the same from every worker, so
    /// they are printed once; its notes after the plan (a bundle written) are news.
    /// </summary>
    public void WorkerStarted() => _planned = false;

    /// <summary>Takes one event of a worker: a note, the plan, a settled cell or a written bundle.</summary>
    public void Take(UserRunEvent message)
    {
        switch (message)
        {
            case { Event: UserRunEvent.Note, Text: { } text } when _planned || !_notesPrinted:
                progress.WriteLine(text);
                break;
            case { Event: UserRunEvent.Planned, Plan: { } plan }:
                _plan = plan;
                ExploringSince ??= DateTimeOffset.UtcNow;
                ClassTargets = message.ClassTargets;
                _notesPrinted = true;
                _planned = true;
                break;
            case { Event: UserRunEvent.Explored, Cell: { } cell }:
                Settle(cell);
                break;
            case { Event: UserRunEvent.Bundled, Bundle: { } bundle, CellName: { } name }:
                Bundles[name] = bundle;
                break;
        }
    }

    /// <summary>Records what a dead worker was doing: its cell gets the death as its verdict, or its type is dropped.</summary>
    public void Bury(WorkerDeath death, ExplorationOptions options)
    {
        if (death.Kind == Verdicts.VerdictKind.Hang)
        {
            Hangs.Hung(death.Phase?.Subject, death.Operation);
        }

        switch (death.Phase)
        {
            case { Kind: WorkerPhaseKind.Exploring, Subject: var name } when !Records.ContainsKey(name)
                && _plan.FirstOrDefault(cell => cell.Id.ToString() == name) is { } cell:
                var killed = KilledCells.Record(cell, death);
                Settle(killed);
                if (KilledCells.Schedule(killed, death) is { } schedule)
                {
                    Journaled[name] = schedule;
                }

                break;
            case { Kind: WorkerPhaseKind.Shrinking, Subject: var name }:
                progress.WriteLine($"        the bug of {name} is kept as found: shrinking stopped, {death.Message}");
                Changes++;
                break;
            case { Kind: WorkerPhaseKind.PreCheck, Subject: var type } when Dropped.Add(type):
                var record = KilledCells.PreCheck(type, death, options);
                _preChecks.Add(record);
                Changes++;
                progress.WriteLine(describe(Cells.Count, Total, record));
                break;
        }
    }

    private void Settle(CellRecord cell)
    {
        Records[cell.Id.ToString()] = cell;
        Changes++;
        progress.WriteLine(describe(Cells.Count, Total, cell));
    }
}
