using System.CommandLine;
using Spectre.Console;
using StressMaps.Cli.Commands;
using StressMaps.Cli.Inputs;
using StressMaps.Cli.Output;
using StressMaps.Harness.Bundles;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.Matrix;
using StressMaps.Harness.Oracles;
using StressMaps.Harness.RunFiles;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Targets;
using StressMaps.Harness.Watchdog;
using StressMaps.Status;

namespace StressMaps.Cli.Watchdog;

/// <summary>
/// The worker side of <c>run --type ...</c>: plans the run from its arguments, explores every cell not yet
/// settled and writes each bug's bundle, telling the parent each step as a <see cref="UserRunEvent"/>.
/// After a bug it retires, since the user's threads may still be running (a spin Coyote stopped waiting for).
/// </summary>
internal sealed class UserRunWorker(UserRunRequest request, Action<UserRunEvent> emit)
{
    /// <summary>Types, as typed, to leave out.</summary>
    public IReadOnlyCollection<string> Dropped => request.Drop;

    private static readonly IAnsiConsole Silent = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(TextWriter.Null) });

    /// <summary>Runs the request; the exit code is for the worker process, the parent reads the events.</summary>
    public static int Run(UserRunRequest request, Action<UserRunEvent> emit, CancellationToken cancellation)
    {
        // The worker prints nothing of its own: stdout carries the protocol.
        var worker = new UserRunWorker(request, emit);
        var root = new RootCommand { RunCommand.Create(Silent, worker) };
        var parsed = root.Parse(["run", .. request.Arguments]);
        try
        {
            return parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }, cancellation).GetAwaiter().GetResult();
        }
        catch (UsageException error)
        {
            emit(new UserRunEvent("rejected", Text: error.Message));
            return ExitCodes.UsageError;
        }
        finally
        {
            WorkerPhase.Enter(WorkerPhaseKind.Idle);
        }
    }

    /// <summary>Explores the cells of <paramref name="plan"/> that the request leaves, in matrix order.</summary>
    public int Explore(UserRunPlan plan, string outputFolder, bool shrink, CancellationToken cancellation)
    {
        foreach (var note in plan.Notes())
        {
            emit(new UserRunEvent("note", Text: note));
        }

        var cells = plan.Cells().ToList();
        emit(new UserRunEvent("plan", Plan: cells.Select(cell => Unexplored(plan, cell.Scenario, cell.Target)).ToList()));
        foreach (var (scenario, target) in cells.Where(cell => !request.Skip.Contains($"{cell.Scenario.Name}.{cell.Target.Name}")))
        {
            cancellation.ThrowIfCancellationRequested();
            var name = $"{scenario.Name}.{target.Name}";
            WorkerPhase.Enter(WorkerPhaseKind.Exploring, name);
            var verdict = OracleMatrixRunner.RunCell(scenario, target, plan.OptionsFor(target));
            var record = KilledCells.HangSeenByCoyote(RunDocumentBuilder.ToRecord(verdict), StatusBoard.Read(), verdict.Outcome?.Elapsed ?? TimeSpan.Zero);
            emit(new UserRunEvent("cell", Cell: record));
            if (verdict.Outcome is not { BugFound: true })
            {
                continue;
            }

            if (record.Killed is null)
            {
                WriteBundle(verdict, scenario, target, outputFolder, shrink, cancellation);
            }

            // The user's threads may still run (a spin Coyote stopped waiting for): the next cell gets a fresh process.
            emit(new UserRunEvent("retire"));
            return ExitCodes.Success;
        }

        emit(new UserRunEvent("done"));
        return ExitCodes.Success;
    }

    // Told before shrinking starts: a worker killed while shrinking leaves the bundle as found, still linked.
    private void WriteBundle(CellVerdict verdict, Scenario scenario, MapTarget target, string outputFolder, bool shrink, CancellationToken cancellation)
    {
        WorkerPhase.Enter(WorkerPhaseKind.Shrinking, verdict.Name);
        var relative = $"{BugBundleFactory.Folder}/{BugBundleFactory.FileNameFor(verdict.Name)}";
        emit(new UserRunEvent("bundle", Bundle: relative, CellName: verdict.Name));
        if (BundleWriter.WriteFor(verdict, scenario, target, outputFolder, shrink, cancellation) is { Bundle: var bundle })
        {
            emit(new UserRunEvent("note", Text: $"        bundle {relative}{ShrinkText.Of(bundle)}"));
        }
    }

    /// <summary>The record a cell gets before it is explored: what a killed cell keeps.</summary>
    private static CellRecord Unexplored(UserRunPlan plan, Scenario scenario, MapTarget target)
    {
        var (expectation, reason) = OracleExpectations.For(scenario, target);
        var options = plan.OptionsFor(target);
        var cellOptions = options.WithSeed(Harness.Matrix.CellSeeds.For(options.Seed, $"{scenario.Name}.{target.Name}"));
        return RunDocumentBuilder.ToRecord(new CellVerdict(scenario.Name, target.Name, expectation, reason, cellOptions, null)
        {
            Contract = ContractNames.Of(target.Contract),
            TargetSummary = target.Summary,
            ScenarioSteps = OracleMatrixRunner.StepsOf(scenario),
        });
    }
}
