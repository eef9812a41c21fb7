using System.Globalization;
using System.Text;
using StressMaps.Benchmarks.Throughput;
using StressMaps.Maps;

namespace StressMaps.Benchmarks.Reports;

/// <summary>
/// Renders the measurements as GitHub Markdown tables. Every number is formatted with the invariant
/// culture, so a report written on a machine with a comma decimal separator reads the same.
/// </summary>
public static class MarkdownReport
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The machine, as a line under the tables' heading.</summary>
    public static string Machine(MachineInfo machine) =>
        $"Machine: {machine.Cores} cores, {machine.Cpu}, {machine.Runtime}, {machine.OperatingSystem}.\n";

    /// <summary>
    /// Two tables: each operation's time as a ratio to the raw dictionary's (the headline), then
    /// the absolute time and allocation per operation.
    /// </summary>
    public static string SingleThread(IReadOnlyList<OperationCost> costs)
    {
        var subjects = SubjectsIn(costs.Select(cost => cost.Subject));
        var text = new StringBuilder(RatioTable(subjects, Operations.All, (subject, operation) => Ratios.TimeRatio(costs, subject, operation)));
        text.Append('\n');
        text.Append("| map | ").AppendJoin(" | ", Operations.All.Select(operation => operation + " ns, B")).Append(" |\n");
        text.Append("| --- |").Append(string.Concat(Operations.All.Select(_ => " ---: |"))).Append('\n');
        foreach (var subject in subjects)
        {
            text.Append("| ").Append(subject).Append(" | ")
                .AppendJoin(" | ", Operations.All.Select(operation => FormatCost(costs.FirstOrDefault(cost => cost.Subject == subject && cost.Operation == operation))))
                .Append(" |\n");
        }

        return text.ToString();
    }

    /// <summary>
    /// The paired ratios, in the same layout as the BenchmarkDotNet ratio table. The raw
    /// dictionary's own row compares it with itself: how far it is from 1.00 shows the noise. The
    /// concrete columns are the sealed maps' reads without the interface call (n/a for the others).
    /// </summary>
    public static string Paired(IReadOnlyList<PairedRatio> ratios) =>
        RatioTable(
            SubjectsIn(ratios.Select(ratio => ratio.Subject)),
            Operations.Paired,
            (subject, operation) => ratios.FirstOrDefault(ratio => ratio.Subject == subject && ratio.Operation == operation)?.Ratio);

    /// <summary>
    /// One row per cell: operations a second, the ratio to the raw dictionary on one thread in the
    /// same mix, and sampled p50/p99 latency; <paramref name="timerFloorNanoseconds"/> is the clock's
    /// own cost, included in every latency.
    /// </summary>
    public static string Throughput(IReadOnlyList<ThroughputResult> results, double timerFloorNanoseconds)
    {
        var text = new StringBuilder();
        text.Append("| map | mix | threads | Mops/s | ratio | p50 ns | p99 ns |\n");
        text.Append("| --- | --- | ---: | ---: | ---: | ---: | ---: |\n");
        foreach (var result in results)
        {
            var baseline = results.FirstOrDefault(other => other.Subject == Ratios.Baseline && other.Mix == result.Mix && other.Threads == 1);
            var ratio = Ratios.ThroughputRatio(result.OperationsPerSecond, baseline?.OperationsPerSecond);
            text.Append(Invariant, $"| {result.Subject} | {result.Mix.Name} | {result.Threads} | {result.OperationsPerSecond / 1e6:0.00} | {FormatRatio(ratio)} | {result.P50Nanoseconds:0} | {result.P99Nanoseconds:0} |\n");
        }

        text.Append(Invariant, $"\nRatio: operations a second over the raw dictionary's on one thread in the same mix (above 1 is faster). Latencies are sampled (1 operation in {ThroughputRunner.SampleEvery}) and include the clock read, {timerFloorNanoseconds:0} ns here.\n");
        return text.ToString();
    }

    /// <summary>A ratio with two decimals, <c>&lt;0.01</c> below that, <c>n/a</c> when not measured.</summary>
    public static string FormatRatio(double? ratio) => ratio switch
    {
        null => "n/a",
        < 0.005 => "<0.01",
        var value => value.Value.ToString("0.00", Invariant),
    };

    private static string FormatCost(OperationCost? cost) => cost is null
        ? "n/a"
        : string.Create(Invariant, $"{cost.Nanoseconds:0.0}, {(cost.AllocatedBytes is { } bytes ? bytes.ToString("0", Invariant) : "?")}");

    private static string RatioTable(IReadOnlyList<string> subjects, IReadOnlyList<string> columns, Func<string, string, double?> ratioOf)
    {
        var text = new StringBuilder();
        text.Append("| map | ").AppendJoin(" | ", columns).Append(" |\n");
        text.Append("| --- |").Append(string.Concat(columns.Select(_ => " ---: |"))).Append('\n');
        foreach (var subject in subjects)
        {
            text.Append("| ").Append(subject).Append(" | ")
                .AppendJoin(" | ", columns.Select(operation => FormatRatio(ratioOf(subject, operation))))
                .Append(" |\n");
        }

        return text.ToString();
    }

    private static IReadOnlyList<string> SubjectsIn(IEnumerable<string> measured)
    {
        string[] order = [Ratios.Baseline, "frozen", .. MapCatalog.All.Select(variant => variant.Name)];
        var present = measured.Distinct().ToList();
        return order.Where(present.Contains).Concat(present.Where(subject => !order.Contains(subject))).ToList();
    }
}
