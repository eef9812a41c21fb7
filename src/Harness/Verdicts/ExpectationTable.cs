using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Targets;

namespace StressMaps.Harness.Verdicts;

/// <summary>
/// What each built-in scenario should show on each built-in map, with the reason. This is the
/// project's claim; the matrix run checks it.
/// </summary>
public static class ExpectationTable
{
    private static readonly string[] LeakingVariants = ["unsafe", "readonly-view", "unlocked-clone"];

    /// <summary>The cells of <paramref name="scenarios"/> × <paramref name="maps"/> expected to show a bug: the cells <c>compare</c> measures.</summary>
    public static IReadOnlyList<(Scenario Scenario, Target Map)> BugExpectedCells(IEnumerable<Scenario> scenarios, IReadOnlyList<Target> maps) =>
        scenarios.SelectMany(scenario => maps.Select(map => (scenario, map)))
            .Where(cell => For(cell.scenario, cell.map).Expectation == Expectation.BugExpected)
            .ToList();

    /// <summary>The expectation for <paramref name="scenario"/> on <paramref name="variant"/>, and why.</summary>
    public static (Expectation Expectation, string Reason) For(Scenario scenario, Target variant)
    {
        if (scenario.NeedsAtomicUpdate && !variant.OffersAtomicUpdate)
        {
            return (Expectation.NotApplicable, "the map offers no atomic update");
        }

        return scenario.Name switch
        {
            "writer-vs-reader" or "two-writers-one-reader" => LeakingVariants.Contains(variant.Name)
                ? (Expectation.BugExpected, "the caller reads storage that the owner is writing")
                : (Expectation.SafeExpected, "the caller holds a copy, or a version nobody writes again"),
            "aliased-snapshot" => variant.Name == "unsafe"
                ? (Expectation.BugExpected, "both callers hold the same live dictionary")
                : (Expectation.SafeExpected, "each caller holds its own copy, or one it cannot write"),
            "lost-update" => (Expectation.BugExpected, "read-then-write is two calls, whatever the map"),
            "atomic-update" => (Expectation.SafeExpected, "the update is one atomic call"),
            _ => throw new ArgumentException($"No expectation is recorded for scenario '{scenario.Name}'.", nameof(scenario)),
        };
    }
}
