using Spectre.Console;
using StressMaps.Harness.Matrix;
using StressMaps.Harness.Scenarios;

namespace StressMaps.Cli.Output;

/// <summary>
/// Prints why each bug is a bug: the scenario's calls and the oracle's explanation (the history and
/// why no sequential order fits, or the two overlapping calls with their stacks).
/// </summary>
public static class BugExplanations
{
    private const int MaxLines = 40;

    /// <summary>Writes one section per bug in <paramref name="bugs"/>.</summary>
    public static void Write(IAnsiConsole console, IReadOnlyList<CellVerdict> bugs, IReadOnlyList<Scenario> scenarios)
    {
        foreach (var bug in bugs)
        {
            var scenario = scenarios.First(candidate => candidate.Name == bug.Scenario);
            console.WriteLine();
            console.MarkupLine($"[bold]why: {Markup.Escape(bug.Id.Display)}[/] (iteration {bug.Outcome!.FirstBugIteration}, seed {bug.Options.Seed})");
            if (scenario.Setup.Count > 0)
            {
                console.WriteLine($"  setup: {string.Join("; ", scenario.Setup)}");
            }

            for (var i = 0; i < scenario.Tasks.Count; i++)
            {
                console.WriteLine($"  task {i + 1}: {string.Join("; ", scenario.Tasks[i])}");
            }

            var lines = (bug.Outcome.BugDetail ?? bug.Outcome.BugMessage ?? "").Split('\n');
            foreach (var line in lines.Take(MaxLines))
            {
                console.WriteLine("  " + line.TrimEnd('\r'));
            }

            if (lines.Length > MaxLines)
            {
                console.WriteLine($"  ... ({lines.Length - MaxLines} more lines in run.json)");
            }
        }
    }
}
