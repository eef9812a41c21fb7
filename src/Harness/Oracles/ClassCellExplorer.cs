using StressMaps.Harness.Exploration.Execution;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.Exploration.Bugs;
using StressMaps.Harness.Targets;

namespace StressMaps.Harness.Oracles;

/// <summary>
/// Explores one scenario on a target class, and when a schedule crashes while a task was using what it had
/// been handed, puts first in the bug's detail which call handed out what and which call wrote it meanwhile.
/// </summary>
public static class ClassCellExplorer
{
    /// <summary>Explores <paramref name="cell"/> (a scenario on the class <paramref name="type"/>) under <paramref name="options"/>.</summary>
    public static ExplorationOutcome Explore(Cell cell, ClassTarget type, ExplorationOptions options) =>
        Explore(cell, type, test => CoyoteExplorer.Explore(test, options));

    /// <summary>The same, the test explored by <paramref name="explore"/> (with coverage counted, say).</summary>
    public static ExplorationOutcome Explore(Cell cell, ClassTarget type, Func<Func<Task>, ExplorationOutcome> explore)
    {
        // Exploration stops at the first bug, so the last schedule's calls are the failing schedule's.
        // The test is the one replay runs too (see JournalSink), so the bundle's trace replays.
        var sink = new JournalSink();
        var outcome = explore(CellRunner.TestOf(cell, sink));
        if (outcome.BugFound && sink.LastInFlight is { } last && HandOutExplanation.For(outcome.BugMessage ?? "", last, type.Type.Name) is { } why)
        {
            var bug = (outcome.Bug ?? UntypedBugs.FromCoyote(outcome.BugMessage ?? "")) with { HandOut = HandOutExplanation.SiteOf(last, type.Type.Name) };
            return outcome with { BugDetail = $"{why}\n{outcome.BugDetail}", Bug = bug };
        }

        return outcome;
    }
}
