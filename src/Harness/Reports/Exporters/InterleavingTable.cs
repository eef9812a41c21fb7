using System.Text;
using StressMaps.Harness.Bundles;
using StressMaps.Harness.Exploration.Traces;

namespace StressMaps.Harness.Reports.Exporters;

/// <summary>
/// The interleaving of a bug as Lincheck prints it: a column per task, a row per step, the
/// preemptions (⚡) and the conflicting operations (◆) marked.
/// </summary>
public static class InterleavingTable
{
    /// <summary>The legend printed under each table.</summary>
    public const string Legend = "⚡ preemption: the schedule switched away from a task that still had work · ◆ the operations that overlapped to cause the bug";

    /// <summary>One bug as the console shows it: the cell and message, its size, the table, how to replay it.</summary>
    public static void WriteBug(TextWriter output, BugBundle bundle)
    {
        output.WriteLine();
        output.WriteLine($"{bundle.Cell}: {bundle.Verdict.Message}");
        output.WriteLine(MarkdownExporter.SizeLine(bundle));
        if (bundle.Schedule.Count > 0)
        {
            output.Write(Text(bundle));
            output.WriteLine(Legend);
        }

        foreach (var line in UserCodeText.Lines(bundle))
        {
            output.WriteLine(line);
        }

        output.WriteLine($"Replay: {bundle.ReplayCommand}");
    }

    /// <summary>The table as Markdown.</summary>
    public static string Markdown(BugBundle bundle)
    {
        var tasks = Columns(bundle);
        var text = new StringBuilder();
        text.Append("| step | ").AppendJoin(" | ", tasks.Select(Header)).AppendLine(" |");
        text.Append("|---:|").AppendJoin("", tasks.Select(_ => "---|")).AppendLine();
        foreach (var (step, i) in bundle.Schedule.Select((step, i) => (step, i)))
        {
            text.Append("| ").Append(i + 1).Append(step.Preemption ? " ⚡" : "").Append(" | ")
                .AppendJoin(" | ", tasks.Select(task => task == step.Task ? MarkdownCell(step) : ""))
                .AppendLine(" |");
        }

        return text.ToString();
    }

    /// <summary>The table as fixed-width text for the console.</summary>
    public static string Text(BugBundle bundle)
    {
        var tasks = Columns(bundle);
        var cells = bundle.Schedule.Select(step => Marked(step)).ToList();
        var width = Math.Max(12, cells.Select(cell => cell.Length).DefaultIfEmpty(0).Max());
        var text = new StringBuilder();
        text.AppendLine(("step  " + string.Join(" | ", tasks.Select(task => Header(task).PadRight(width)))).TrimEnd());
        text.AppendLine("----  " + string.Join("-+-", tasks.Select(_ => new string('-', width))));
        foreach (var (step, i) in bundle.Schedule.Select((step, i) => (step, i)))
        {
            var number = ((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + (step.Preemption ? "⚡" : "")).PadRight(6);
            text.AppendLine((number + string.Join(" | ", tasks.Select(task => (task == step.Task ? cells[i] : "").PadRight(width)))).TrimEnd());
        }

        return text.ToString();
    }

    /// <summary>The task columns: the setup (0) when it ran, then every task.</summary>
    public static IReadOnlyList<int> Columns(BugBundle bundle) =>
        (bundle.Schedule.Any(step => step.Task == 0) ? new[] { 0 } : [])
            .Concat(Enumerable.Range(1, bundle.Scenario.Tasks.Count))
            .ToList();

    /// <summary>The column header of <paramref name="task"/>.</summary>
    public static string Header(int task) => task == 0 ? "setup" : $"task {task}";

    /// <summary>A step's text with its conflict mark.</summary>
    public static string Marked(ScheduleStep step) => step.Conflict ? $"◆ {step.Text}" : step.Text;

    private static string MarkdownCell(ScheduleStep step)
    {
        var text = Marked(step).Replace("|", "\\|", StringComparison.Ordinal);
        return step.Conflict ? $"**{text}**" : text;
    }
}
