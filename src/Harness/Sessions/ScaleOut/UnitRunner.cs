using StressMaps.Harness.Oracles;
using StressMaps.Harness.Verdicts;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.Exploration.Exhaustive;
using StressMaps.Harness.Reports.RunFiles;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Targets;

namespace StressMaps.Harness.Sessions.ScaleOut;

/// <summary>Explores one work unit and returns its stored record.</summary>
public static class UnitRunner
{
    /// <summary>
    /// Explores <paramref name="unit"/> of a run with <paramref name="runOptions"/>. The record of a whole
    /// cell (one slice) is the same as an unsharded run's; a slice's record carries its slice number.
    /// </summary>
    public static CellRecord Run(WorkUnit unit, ExplorationOptions runOptions)
    {
        var scenario = ScenarioCatalog.Find(unit.Scenario)
            ?? throw new ArgumentException($"unknown scenario '{unit.Scenario}'.", nameof(unit));
        var map = TargetCatalog.Find(unit.Map)
            ?? throw new ArgumentException($"unknown map '{unit.Map}'.", nameof(unit));
        var cell = Cell.Matrix(scenario, map);
        var (expectation, reason) = CellRunner.Expect(cell);
        var options = SliceOptions.For(runOptions, unit);
        // A whole cell gets the proof attempt an unsharded run gives it; a slice is a share of a sample.
        var outcome = expectation == Expectation.NotApplicable ? null
            : ProofFirst.Explore(CellRunner.TestOf(cell), unit.Slices == 1 ? options : options with { ProofSchedules = 0 }, CellRunner.FootprintsOf(cell));
        var record = RunDocumentBuilder.ToRecord(new CellVerdict(scenario.Name, map.Name, expectation, reason, options, outcome));
        return unit.Slices == 1 ? record : record with { Slice = unit.Slice, Slices = unit.Slices };
    }
}
