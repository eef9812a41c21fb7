using StressMaps.Frames;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.Exploration.Bugs;
using StressMaps.Harness.Exploration.Coverage;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Targets;
using StressMaps.Harness.Verdicts;

namespace StressMaps.Harness.Oracles;

/// <summary>
/// One cell judged by its contract, explored a slice of schedules at a time with its interleaving coverage
/// counted, so a scheduler can decide after each slice whether the cell deserves more. Slice 0 runs with the
/// cell's own seed (the first schedules are those <c>-i</c> explores); slice k with <see cref="CellSeeds.Nth"/> of it.
/// </summary>
public sealed class SlicedCell
{
    private readonly Scenario _scenario;
    private readonly Target _target;
    private readonly ExplorationOptions _options;
    private readonly CellVerdict _unexplored;
    private ExplorationOutcome? _bug;
    private uint _bugSeed;
    private TimeSpan _elapsed;
    private int _slices;

    /// <summary>The cell of <paramref name="scenario"/> on <paramref name="target"/>, explored with <paramref name="options"/> (the run's; the cell derives its seed).</summary>
    public SlicedCell(Scenario scenario, Target target, ExplorationOptions options)
    {
        _scenario = scenario;
        _target = target;
        _unexplored = Unexplored(scenario, target, options);
        NotExplored = target.Uncontrolled.Count > 0 || _unexplored.Expectation == Expectation.NotApplicable;
        // A cell that is never explored gets what RunCell gives it (which then explores nothing).
        _unexplored = NotExplored ? CellRunner.Explore(Cell.Judged(scenario, target), options) : _unexplored;
        _options = _unexplored.Options;
    }

    /// <summary>The cell.</summary>
    public CellId Id => _unexplored.Id;

    /// <summary>The pairs the cell's schedules realised so far.</summary>
    public CoverageRecorder Coverage { get; } = new();

    /// <summary>Schedules explored so far.</summary>
    public int Explored { get; private set; }

    /// <summary>Seconds spent exploring so far.</summary>
    public TimeSpan Elapsed => _elapsed;

    /// <summary>Whether the cell needs no more schedules: it found a bug, is not explored at all, or its coverage stopped growing.</summary>
    public bool Done => NotExplored || _bug is not null || Saturated;

    /// <summary>Whether the cell's coverage stopped growing (<see cref="SaturationRule"/>).</summary>
    public bool Saturated => Explored > 0 && SaturationRule.IsSaturated(Coverage);

    /// <summary>Whether the cell is never explored (not applicable, or its target calls what no one controls).</summary>
    public bool NotExplored { get; }

    /// <summary>Explores <paramref name="schedules"/> more schedules, stopping at a bug.</summary>
    public void Explore(uint schedules)
    {
        var seed = _slices == 0 ? _options.Seed : CellSeeds.Nth(_options.Seed, _slices);
        var options = _options with { Iterations = schedules, Seed = seed };
        var outcome = _target.Class is { } type
            ? ClassCellExplorer.Explore(Cell.Judged(_scenario, _target), type, test => CoveredExplorer.Explore(test, options, Coverage))
            : CoveredExplorer.Explore(CellRunner.TestOf(Cell.Judged(_scenario, _target)), options, Coverage);
        _slices++;
        _elapsed += outcome.Elapsed;
        if (outcome.BugFound)
        {
            // The pair the failing schedule realised last names the two accesses in the user's code that met.
            var met = Coverage.LastConflict;
            var detail = met is null ? outcome.BugDetail : $"{outcome.BugDetail}\n{InterleavingCoverage.MetLast}{met}";
            var bug = met is null ? outcome.Bug : outcome.Bug! with { Race = new RaceSites(met.Resource, met.First, met.FirstWrites, met.Second, met.SecondWrites) };
            _bug = outcome with { FirstBugIteration = Explored + outcome.FirstBugIteration, Elapsed = _elapsed, BugDetail = detail, Bug = bug };
            _bugSeed = seed;
        }

        Explored += outcome.IterationsExplored;
    }

    /// <summary>
    /// The verdict so far. A bug's options carry the seed of the slice that found it; a safe cell's, the cell's
    /// seed and the schedules it explored in all.
    /// </summary>
    public CellVerdict Verdict()
    {
        if (NotExplored)
        {
            return _unexplored;
        }

        var coverage = InterleavingCoverage.Of(Coverage, _bug is null && Saturated);
        var outcome = _bug is { } bug
            ? bug with { IterationsExplored = Explored, Interleavings = coverage }
            : new ExplorationOutcome(false, null, null, null, Explored, _elapsed, null) { Interleavings = coverage };
        return _unexplored with
        {
            Options = _options with { Iterations = (uint)Math.Max(1, Explored), Seed = _bug is null ? _options.Seed : _bugSeed },
            Outcome = outcome,
        };
    }

    // The verdict RunCell would give before exploring: expectation, reason, the cell's seed, what the target is.
    private static CellVerdict Unexplored(Scenario scenario, Target target, ExplorationOptions options)
    {
        var (expectation, reason) = CellRunner.Expect(Cell.Judged(scenario, target));
        return new CellVerdict(scenario.Name, target.Name, expectation, reason, options.WithSeed(CellSeeds.For(options.Seed, new CellId(scenario.Name, target.Name))), null)
        {
            Contract = ContractNames.Of(target.Contract),
            TargetSummary = target.Summary,
            ScenarioSteps = ScenarioSteps.Of(scenario),
        };
    }
}
