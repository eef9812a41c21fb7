using StressMaps.Harness.Verdicts;
using StressMaps.Harness.Bundles;
using StressMaps.Harness.Files;
using StressMaps.Harness.Oracles;
using StressMaps.Harness.Reports.RunFiles;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Bundles.Shrinking;
using StressMaps.Harness.Targets;
using StressMaps.Harness.Sessions.Watchdog;
using StressMaps.Status;

namespace StressMaps.Harness.Sessions;

/// <summary>
/// The worker side of <see cref="WatchedRunSession"/>: explores the cells of a planned run that are not yet
/// settled and writes each bug's bundle, telling the parent each step as a <see cref="UserRunEvent"/>, with
/// the status board saying what runs. After a bug it retires: the user's threads may still be running (a
/// spin Coyote stopped waiting for), and the next cell deserves a clean process.
/// </summary>
public static class WatchedCells
{
    /// <summary>Explores <paramref name="request"/>'s cells but those in <paramref name="skip"/>, in matrix order.</summary>
    public static void Explore(RunRequest request, IEnumerable<string> notes, IReadOnlyCollection<string> skip, Action<UserRunEvent> emit, CancellationToken cancellation)
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
        foreach (var (scenario, target) in cells.Where(cell => !skip.Contains(new Verdicts.CellId(cell.Scenario.Name, cell.Target.Name).ToString())))
        {
            cancellation.ThrowIfCancellationRequested();
            var verdict = Explore(scenario, target, optionsFor(target));
            var record = KilledCells.HangSeenByCoyote(RunDocumentBuilder.ToRecord(verdict), StatusBoard.Read(), verdict.Outcome?.Elapsed ?? TimeSpan.Zero);
            emit(new UserRunEvent(UserRunEvent.Explored, Cell: record));
            if (verdict.Outcome is not { BugFound: true })
            {
                continue;
            }

            // A hang Coyote saw comes with its trace, which replays it (under the watchdog); it is bundled as found,
            // since each try of the shrinker would leave one more spinning thread behind.
            if (record.Killed is null || verdict.Outcome.ReproducibleTrace is not null)
            {
                WriteBundle(verdict, scenario, target, request.Output.Path, request.Shrink && record.Killed is null, emit, cancellation);
            }

            emit(new UserRunEvent(UserRunEvent.Retired));
            return;
        }

        emit(new UserRunEvent(UserRunEvent.Done));
    }

    private static CellVerdict Explore(Scenario scenario, Target target, Exploration.ExplorationOptions options)
    {
        WorkerPhase.Enter(WorkerPhaseKind.Exploring, new Verdicts.CellId(scenario.Name, target.Name).ToString());
        return CellRunner.Explore(Cell.Judged(scenario, target), options);
    }

    // Told before shrinking starts: a worker killed while shrinking leaves the bundle as found, still linked.
    private static void WriteBundle(CellVerdict verdict, Scenario scenario, Target target, string output, bool shrink, Action<UserRunEvent> emit, CancellationToken cancellation)
    {
        var cell = verdict.Id.ToString();
        WorkerPhase.Enter(WorkerPhaseKind.Shrinking, cell);
        emit(new UserRunEvent(UserRunEvent.Bundled, Bundle: OutputFolder.BundleLink(cell), CellName: cell));
        if (BundleWriter.WriteFor(verdict, Cell.Judged(scenario, target), output, shrink, cancellation) is { Bundle: var bundle })
        {
            emit(new UserRunEvent(UserRunEvent.Note, Text: $"        bundle {OutputFolder.BundleLink(cell)}{ShrinkText.Of(bundle.Shrinking)}"));
        }
    }

    /// <summary>The record a cell gets before it is explored: what a killed cell keeps.</summary>
    private static CellRecord Unexplored(Scenario scenario, Target target, Exploration.ExplorationOptions options)
    {
        var (expectation, reason) = CellRunner.Expect(Cell.Judged(scenario, target));
        var id = new Verdicts.CellId(scenario.Name, target.Name);
        return RunDocumentBuilder.ToRecord(new CellVerdict(scenario.Name, target.Name, expectation, reason, options.WithSeed(CellSeeds.For(options.Seed, id)), null)
        {
            Contract = ContractNames.Of(target.Contract),
            TargetSummary = target.Summary,
            ScenarioSteps = ScenarioSteps.Of(scenario),
        });
    }
}
