using StressMaps.Harness.Bundles;
using StressMaps.Harness.Verdicts;
using StressMaps.Harness.Oracles;
using StressMaps.Harness.Reports.RunFiles;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Sessions.Budget;
using StressMaps.Harness.Targets;
using StressMaps.Harness.Sessions.Watchdog;
using StressMaps.Status;

namespace StressMaps.Harness.Sessions;

/// <summary>
/// The worker side of <see cref="WatchedRunSession"/>: explores the cells of a planned run that are not yet
/// settled, telling the parent each step as a <see cref="UserRunEvent"/>, with the status board saying what
/// runs; once every cell is settled, writes one bundle per root cause (<see cref="RootCauseBundles"/>).
/// After a bug it retires when the user's threads may still be running (a spin Coyote stopped waiting for),
/// so the next cell gets a clean process: after every bug with a fixed count of schedules, as before; under a
/// budget only after a hang Coyote saw, since a retired worker's slices of unsettled cells are lost.
/// </summary>
public static class WatchedCells
{
    /// <summary>Explores <paramref name="request"/>'s cells but those the parent settled (<paramref name="asked"/>), in matrix order.</summary>
    public static void Explore(RunRequest request, IEnumerable<string> notes, UserRunRequest asked, Action<UserRunEvent> emit, CancellationToken cancellation)
    {
        foreach (var note in notes)
        {
            emit(new UserRunEvent(UserRunEvent.Note, Text: note));
        }

        var optionsFor = request.OptionsFor ?? (_ => request.Options);
        // A shard (run --shard I/N) takes the cells at positions I-1 modulo N, as a shard of the built-in matrix does.
        var shard = request.ScaleOut?.Shard;
        var cells = request.Scenarios.SelectMany(scenario => request.Targets.Select(target => (Scenario: scenario, Target: target)))
            .Where((_, position) => shard?.Contains(position) ?? true)
            .ToList();
        var plan = cells.Select(cell => Unexplored(cell.Scenario, cell.Target, optionsFor(cell.Target))).ToList();
        emit(new UserRunEvent(UserRunEvent.Planned, Plan: plan, ClassTargets: ClassTargetRecord.Of(request.Targets, request.Scenarios)));
        KilledCellBundles.Write(request, asked.Killed.Where(killed => !asked.Bundled.Contains(killed.Cell)), optionsFor, emit);
        var open = cells.Where(cell => !asked.Skip.Contains(new CellId(cell.Scenario.Name, cell.Target.Name).ToString())).ToList();
        var found = new List<CellRecord>(asked.Found);
        var retire = request.Budget is { } budget
            ? ExploreWithin(budget, open, optionsFor, asked, verdict => Settle(request, verdict, found, emit, cancellation), cancellation)
            : ExploreEach(open, optionsFor, verdict => Settle(request, verdict, found, emit, cancellation), cancellation);
        if (retire)
        {
            emit(new UserRunEvent(UserRunEvent.Retired));
            return;
        }

        RootCauseBundles.Write(request, found, asked.Bundled, emit, cancellation);
        emit(new UserRunEvent(UserRunEvent.Done));
    }

    // Every cell its fixed count of schedules; true when a bug asks for a fresh worker.
    private static bool ExploreEach(
        List<(Scenario Scenario, Target Target)> open, Func<Target, Exploration.ExplorationOptions> optionsFor,
        Func<CellVerdict, CellRecord> settle, CancellationToken cancellation)
    {
        foreach (var (scenario, target) in open)
        {
            cancellation.ThrowIfCancellationRequested();
            WorkerPhase.Enter(WorkerPhaseKind.Exploring, new CellId(scenario.Name, target.Name).ToString());
            if (settle(CellRunner.Explore(Cell.Judged(scenario, target), optionsFor(target))) is { Verdict: VerdictKind.Bug })
            {
                return true;
            }
        }

        return false;
    }

    // The budget spent across the cells; true when a hang Coyote saw asks for a fresh worker.
    private static bool ExploreWithin(
        RunBudget budget, List<(Scenario Scenario, Target Target)> open, Func<Target, Exploration.ExplorationOptions> optionsFor,
        UserRunRequest asked, Func<CellVerdict, CellRecord> settle, CancellationToken cancellation)
    {
        var clock = BudgetClock.Start(budget, asked.ExploringSince ?? DateTimeOffset.UtcNow, asked.Spent);
        var sliced = open.Select(cell => new SlicedCell(cell.Scenario, cell.Target, optionsFor(cell.Target))).ToList();
        var hung = false;
        try
        {
            BudgetScheduler.Run(sliced, clock, cell =>
            {
                if (settle(cell.Verdict()) is { Killed: not null })
                {
                    // Stops the scheduler: the cells still open go to a fresh worker.
                    hung = true;
                    throw new OperationCanceledException();
                }
            }, cancellation, cell => WorkerPhase.Enter(WorkerPhaseKind.Exploring, cell.Id.ToString()));
        }
        catch (OperationCanceledException) when (hung)
        {
        }

        return hung;
    }

    // Tells the parent a cell is settled; a bug found in it joins those to bundle by root cause.
    private static CellRecord Settle(RunRequest request, CellVerdict verdict, List<CellRecord> found, Action<UserRunEvent> emit, CancellationToken cancellation)
    {
        var record = KilledCells.HangSeenByCoyote(RunDocumentBuilder.ToRecord(verdict), StatusBoard.Read(), verdict.Outcome?.Elapsed ?? TimeSpan.Zero);
        // A bug cell keeps its scenario beside its trace: replay --cell rebuilds its bundle from run.json.
        record = record.Verdict == VerdictKind.Bug ? record with { BugScenario = request.Scenarios.FirstOrDefault(scenario => scenario.Name == record.Scenario) } : record;
        emit(new UserRunEvent(UserRunEvent.Explored, Cell: record));
        if (record is { Verdict: VerdictKind.Bug, Killed: null })
        {
            found.Add(record);
        }
        else if (record.Killed is not null && verdict.Outcome?.ReproducibleTrace is not null)
        {
            BundleHangAsFound(request, verdict, emit, cancellation);
        }

        return record;
    }

    // A hang Coyote saw comes with its trace, which replays it (under the watchdog); it is bundled at once and as
    // found, since each try of the shrinker would leave one more spinning thread behind.
    private static void BundleHangAsFound(RunRequest request, CellVerdict verdict, Action<UserRunEvent> emit, CancellationToken cancellation)
    {
        var cell = verdict.Id.ToString();
        WatchedBundling.Announce(cell, emit);
        if (BundleWriter.WriteFor(verdict, WatchedBundling.CellOf(request, verdict.Id.Scenario, verdict.Id.Map), request.Output.Path, shrink: false, cancellation) is not null)
        {
            WatchedBundling.Written(cell, " (as found)", emit);
        }
    }

    /// <summary>The record a cell gets before it is explored: what a killed cell keeps.</summary>
    private static CellRecord Unexplored(Scenario scenario, Target target, Exploration.ExplorationOptions options)
    {
        var (expectation, reason) = CellRunner.Expect(Cell.Judged(scenario, target));
        var id = new CellId(scenario.Name, target.Name);
        return RunDocumentBuilder.ToRecord(new CellVerdict(scenario.Name, target.Name, expectation, reason, options.WithSeed(CellSeeds.For(options.Seed, id)), null)
        {
            Contract = ContractNames.Of(target.Contract),
            TargetSummary = target.Summary,
            ScenarioSteps = ScenarioSteps.Of(scenario),
        });
    }
}
