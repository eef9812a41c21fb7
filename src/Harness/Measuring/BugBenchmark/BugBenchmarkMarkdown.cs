using System.Globalization;
using System.Text;

namespace StressMaps.Harness.Measuring.BugBenchmark;

/// <summary>bugs.md: the benchmark's table, the programs needing one preemption apart from those needing two or more.</summary>
public static class BugBenchmarkMarkdown
{
    /// <summary>The Markdown of <paramref name="document"/>.</summary>
    public static string Render(BugBenchmarkDocument document)
    {
        var text = new StringBuilder();
        text.AppendLine("## Concurrency-bug benchmark").AppendLine();
        text.AppendLine(Invariant($"{document.CreatedAt:yyyy-MM-dd HH:mm} UTC, {document.ProcessorCount} cores, `{document.Command}`: each column had {document.BudgetSeconds:0.#} s of wall time per program and seed, seeds {string.Join(", ", document.Seeds)}; each correct twin ran once (first seed) in the same budget.")).AppendLine();
        text.AppendLine("A cell reads `found/seeds · median s (schedules) · worst s (schedules)`; ↺ marks that every bug's trace replayed the same bug; "
            + "**FALSE** marks a bug reported on the correct twin. Real-thread stress counts calls, keeps no trace, and counts a call that does not return within 1 s as a hang.").AppendLine();
        foreach (var (title, rows) in new[]
        {
            ("Programs needing one preemption", document.Programs.Where(program => program.Depth < 2).ToList()),
            ("Programs needing two or more preemptions", document.Programs.Where(program => program.Depth >= 2).ToList()),
        })
        {
            text.AppendLine($"### {title}").AppendLine();
            text.AppendLine($"| program | depth | {string.Join(" | ", document.Columns)} |");
            text.AppendLine($"| --- | ---: |{string.Concat(document.Columns.Select(_ => " --- |"))}");
            foreach (var row in rows)
            {
                text.AppendLine($"| {row.Name} | {row.Depth} | {string.Join(" | ", document.Columns.Select(column => Cell(row.Columns[column])))} |");
            }

            text.AppendLine();
        }

        text.AppendLine("### Totals").AppendLine();
        text.AppendLine("| column | bugs found (any seed) | found on every seed | false bugs on twins |");
        text.AppendLine("| --- | ---: | ---: | ---: |");
        foreach (var column in document.Columns)
        {
            var results = document.Programs.Select(program => program.Columns[column]).ToList();
            text.AppendLine(Invariant($"| {column} | {results.Count(result => result.Found > 0)}/{results.Count} | {results.Count(result => result.Found == result.Seeds)}/{results.Count} | {results.Count(result => result.TwinFalseBug is not null)} |"));
        }

        return text.ToString();
    }

    private static string Cell(BugColumnResult result)
    {
        var twin = result.TwinFalseBug is null ? "" : " **FALSE**";
        if (result.Found == 0)
        {
            return Invariant($"0/{result.Seeds}{twin}");
        }

        var replayed = result.Replayed == result.Found ? " ↺" : result.Replayed is { } count ? Invariant($" ↺{count}/{result.Found}") : "";
        return Invariant($"{result.Found}/{result.Seeds} · {result.SecondsMedian:0.00} s ({result.SchedulesMedian:0}) · {result.SecondsWorst:0.00} s ({result.SchedulesWorst}){replayed}{twin}");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
