using System.Text;
using StressMaps.Harness.Exploration;

namespace StressMaps.Testing;

/// <summary>
/// What exploring a type showed, scenario by scenario. Assert on it, or call <see cref="AssertNoBug"/>,
/// whose failure message carries each bug's verdict, interleaving table and bundle path.
/// </summary>
/// <param name="Target">The type as tables name it (<c>RacyMap</c>, <c>StripedMap&lt;string,int&gt;</c>).</param>
/// <param name="Contract">The contract it was judged by.</param>
/// <param name="Options">How each scenario was explored (its own seed is derived from this seed).</param>
/// <param name="Cells">Every scenario's result, in order.</param>
/// <param name="RunFile">The run.json written (summary.md and the bundles in <c>bugs/</c> beside it).</param>
public sealed record StressMapsResult(string Target, string Contract, ExplorationOptions Options, IReadOnlyList<CellResult> Cells, string RunFile)
{
    /// <summary>Whether some scenario found a bug the contract does not expect.</summary>
    public bool BugFound => Cells.Any(cell => cell.IsUnexpectedBug);

    /// <summary>The scenarios that found a bug the contract does not expect.</summary>
    public IReadOnlyList<CellResult> UnexpectedBugs => Cells.Where(cell => cell.IsUnexpectedBug).ToList();

    /// <summary>Throws <see cref="StressMapsAssertionException"/> when some scenario found a bug the contract does not expect.</summary>
    public void AssertNoBug()
    {
        if (BugFound)
        {
            throw new StressMapsAssertionException(ToString());
        }
    }

    /// <summary>Throws <see cref="StressMapsAssertionException"/> when no scenario found a bug the contract does not expect.</summary>
    public void AssertBugFound()
    {
        if (!BugFound)
        {
            throw new StressMapsAssertionException($"expected a bug, but {ToString()}");
        }
    }

    /// <summary>The verdict, then per unexpected bug its scenario, message, interleaving table and bundle.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        var bugs = UnexpectedBugs;
        text.AppendLine(bugs.Count == 0
            ? $"StressMaps: no bug in {Target} (contract {Contract}) over {Cells.Count} scenarios, {Explored()}."
            : $"StressMaps: {bugs.Count} bug(s) in {Target} (contract {Contract}) over {Cells.Count} scenarios, {Explored()}:");
        foreach (var bug in bugs)
        {
            text.AppendLine().AppendLine($"{bug.Scenario}: {bug.BugMessage}");
            text.AppendLine($"  scenario: {bug.Steps}");
            if (bug.Interleaving is not null)
            {
                text.AppendLine(bug.Interleaving.TrimEnd());
            }

            if (bug.BundlePath is not null)
            {
                text.AppendLine($"  bundle: {bug.BundlePath}");
            }
        }

        return text.ToString();
    }

    private string Explored() =>
        $"up to {Options.Iterations} schedules each, strategy {Options.Strategy}, run seed {Options.Seed}" +
        (Options.InterleaveMemoryAccesses ? ", field-level interleaving" : "");
}
