using StressMaps.Harness.Files;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.Reports.Exporters;
using StressMaps.Harness.Sessions.ScaleOut;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Targets;

namespace StressMaps.Harness.Sessions;

/// <summary>A validated run: which cells, how to explore them, where to write, and how to spread the work.</summary>
/// <param name="Scenarios">The scenarios, in matrix order.</param>
/// <param name="Targets">The maps or user targets, in matrix order.</param>
/// <param name="Options">The run's exploration options (each cell derives its own seed).</param>
/// <param name="Output">The checked output folder (<see cref="OutputFolder.Prepare"/>).</param>
public sealed record RunRequest(
    IReadOnlyList<Scenario> Scenarios,
    IReadOnlyList<Target> Targets,
    ExplorationOptions Options,
    OutputFolder Output)
{
    /// <summary>Shrink each bug before bundling it.</summary>
    public bool Shrink { get; init; } = true;

    /// <summary>The report formats to write (<see cref="ExporterRegistry.Formats"/>).</summary>
    public IReadOnlyList<string> Formats { get; init; } = ExporterRegistry.RunDefaults;

    /// <summary>
    /// Judge each cell by its target's declared contract (user targets, generated scenarios) instead of the
    /// built-in expectation table. Such cells are not bundled yet: replay would have to reload the user's type.
    /// </summary>
    public bool JudgedByContracts { get; init; }

    /// <summary>
    /// Bundle the bugs of cells judged by contracts too (the test library does): each schedule is then
    /// explored with its journal, so the bundle's replay under the oracles draws the interleaving. They are
    /// shrunk as every bug is (<see cref="Shrink"/>), the shrinker judging each candidate as the cell was.
    /// </summary>
    public bool BundleJudged { get; init; }

    /// <summary>The options of one target (field-level interleaving for rewritten user code); null: <see cref="Options"/> for all.</summary>
    public Func<Target, ExplorationOptions>? OptionsFor { get; init; }

    /// <summary>
    /// What a run over named types may spend exploring, across its cells (<see cref="Budget.BudgetScheduler"/>);
    /// null: every cell explores <see cref="ExplorationOptions.Iterations"/> schedules.
    /// </summary>
    public Budget.RunBudget? Budget { get; init; }

    /// <summary>How the built-in matrix is cut and spread over processes and shards; null explores whole cells here.</summary>
    public ScaleOutLayout? ScaleOut { get; init; }
}
