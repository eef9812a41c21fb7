using System.Text;

namespace StressMaps.Harness.Oracles.Linearizability;

/// <summary>
/// Prints a history as Lincheck does: a column per task, a row per call in call order, each call with
/// its answer and its logical call..return interval, so overlapping calls are visible at a glance.
/// </summary>
public static class HistoryTable
{
    /// <summary>The table of <paramref name="history"/>, each line starting with <paramref name="indent"/>.</summary>
    public static string Format(IReadOnlyList<HistoryEntry> history, string indent = "  ")
    {
        var tasks = history.Select(entry => entry.Task).Distinct().Order().ToList();
        var cells = history.OrderBy(entry => entry.CalledAt)
            .Select(entry => (Column: tasks.IndexOf(entry.Task), Text: $"{entry.Operation} -> {entry.Result} [{entry.CalledAt}..{entry.ReturnedAt}]"))
            .ToList();
        var widths = tasks.Select((task, column) => Math.Max(
                Name(task).Length,
                cells.Where(cell => cell.Column == column).Select(cell => cell.Text.Length).DefaultIfEmpty(0).Max()))
            .ToList();

        var text = new StringBuilder();
        text.AppendLine(indent + Row(tasks.Select(Name).ToList(), widths));
        text.AppendLine(indent + "|" + string.Join("|", widths.Select(width => new string('-', width + 2))) + "|");
        foreach (var (column, cellText) in cells)
        {
            text.AppendLine(indent + Row(tasks.Select((_, i) => i == column ? cellText : "").ToList(), widths));
        }

        return text.ToString().TrimEnd();
    }

    private static string Name(int task) => task == 0 ? "setup" : $"task {task}";

    private static string Row(IReadOnlyList<string> values, IReadOnlyList<int> widths) =>
        "| " + string.Join(" | ", values.Select((value, i) => value.PadRight(widths[i]))) + " |";
}
