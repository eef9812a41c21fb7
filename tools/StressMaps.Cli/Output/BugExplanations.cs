using Spectre.Console;
using StressMaps.Harness.Reports.Exporters;
using StressMaps.Harness.Reports.RunFiles;

namespace StressMaps.Cli.Output;

/// <summary>
/// Prints why each bug is a bug: the scenario's calls and the oracle's explanation (the history and
/// why no sequential order fits, or the two overlapping calls with their stacks), where each task was in
/// the user's code, or how the user's code stopped the worker.
/// </summary>
public static class BugExplanations
{
    private const int MaxLines = 40;

    /// <summary>
    /// Writes one section per cell in <paramref name="bugs"/>; a cell that stands for a root cause of
    /// <paramref name="causes"/> names the other cells where that bug showed up.
    /// </summary>
    public static void Write(IAnsiConsole console, IReadOnlyList<CellRecord> bugs, RunReport report, IReadOnlyList<RootCauseRecord>? causes = null)
    {
        foreach (var bug in bugs)
        {
            console.WriteLine();
            var where = bug.FirstBugIteration is { } iteration ? $"iteration {iteration}, seed {bug.Options.Seed}" : $"seed {bug.Options.Seed}";
            console.MarkupLine($"[bold]why: {Markup.Escape(bug.Id.Display)}[/] ({where})");
            if (causes?.FirstOrDefault(cause => cause.Smallest == bug.Id.ToString()) is { } cause)
            {
                console.WriteLine($"  root cause: {cause.Signature}");
                if (cause.Cells.Count > 1)
                {
                    console.WriteLine($"  the same bug in {cause.Cells.Count - 1} more cells (traces in run.json): {string.Join(", ", cause.Cells.Skip(1))}");
                }
            }

            foreach (var part in (bug.Steps ?? "").Split(" | ", StringSplitOptions.RemoveEmptyEntries))
            {
                console.WriteLine($"  {part}");
            }

            var lines = (bug.BugDetail ?? bug.BugMessage ?? "").Split('\n');
            foreach (var line in lines.Take(MaxLines))
            {
                console.WriteLine("  " + line.TrimEnd('\r'));
            }

            if (lines.Length > MaxLines)
            {
                console.WriteLine($"  ... ({lines.Length - MaxLines} more lines in run.json)");
            }

            // Where the tasks were in the user's code, as the bundle's replay captured it, numbered as the steps and table above.
            foreach (var line in report.BundleOf(bug) is { } bundle ? UserCodeText.Lines(bundle, asFound: true) : [])
            {
                console.WriteLine("  " + line);
            }
        }
    }
}
