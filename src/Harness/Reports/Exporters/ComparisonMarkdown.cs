using System.Globalization;
using System.Text;
using StressMaps.Harness.Measuring.Comparison;

namespace StressMaps.Harness.Reports.Exporters;

/// <summary>Renders <c>compare.json</c> as a Markdown table: a row per cell and method.</summary>
public static class ComparisonMarkdown
{
    /// <summary>The Markdown document.</summary>
    public static string Render(ComparisonDocument comparison)
    {
        var text = new StringBuilder();
        Line(text, $"# Exploration against stress");
        Line(text, $"");
        Line(text, $"{comparison.Seeds} trials per method and cell: exploration with spread seeds, up to {comparison.Iterations} iterations each; stress {comparison.StressBudget}. {comparison.Machine.ProcessorCount} cores, {comparison.Machine.Runtime}, {comparison.ElapsedSeconds:0} s in all.");
        Line(text, $"");
        Line(text, $"| cell | method | found | median to bug | p95 to bug | median time to bug | p95 time to bug | made in all |");
        Line(text, $"|---|---|---:|---:|---:|---:|---:|---:|");
        foreach (var cell in comparison.Cells)
        {
            foreach (var summary in cell.Exploration.Append(cell.Stress))
            {
                Line(text, $"| {cell.Scenario} × {cell.Map} | {MethodName(summary)} | {summary.Detected}/{summary.Trials} | {Count(summary.MedianToFirstBug, summary.Unit)} | {Count(summary.P95ToFirstBug, summary.Unit)} | {Seconds(summary.MedianSecondsToFirstBug)} | {Seconds(summary.P95SecondsToFirstBug)} | {Total(summary)} |");
            }
        }

        Line(text, $"");
        Line(text, $"\"not reached\": fewer trials found the bug than the percentile needs (trials that found nothing rank last).");
        Line(text, $"");
        Line(text, $"## Time to first bug, stress against exploration");
        Line(text, $"");
        Line(text, $"Each method's seconds over all its trials, per trial that found the bug (the first strategy for exploration); \"≥\": stress found nothing, so it took longer than all its time.");
        Line(text, $"");
        Line(text, $"| cell | exploration, per found bug | stress, per found bug | stress ÷ exploration |");
        Line(text, $"|---|---:|---:|---:|");
        foreach (var cell in comparison.Cells)
        {
            var ratio = cell.TimeToBugRatio;
            Line(text, $"| {cell.Scenario} × {cell.Map} | {Seconds(ratio?.ExplorationSecondsPerBug)} | {(ratio is { IsLowerBound: true } ? "≥ " : "")}{Seconds(ratio?.StressSecondsPerBug)} | {ratio?.ToString() ?? "exploration found none"} |");
        }

        if (TimeToBugSummary.Of(comparison.Cells) is { } ratios)
        {
            Line(text, $"");
            Line(text, $"Stress ÷ exploration: {ratios}.");
        }

        return text.ToString();
    }

    /// <summary>"exploration (portfolio)" or "stress (12 ms a trial)".</summary>
    public static string MethodName(TrialSummary summary) => summary.Strategy is { } strategy
        ? $"exploration ({strategy})"
        : string.Create(CultureInfo.InvariantCulture, $"stress ({summary.TrialBudgetSeconds * 1000:0.#} ms a trial)");

    /// <summary>A count to first bug with its unit, or "not reached".</summary>
    public static string Count(double? value, string unit) =>
        value is { } v ? string.Create(CultureInfo.InvariantCulture, $"{v:0} {unit}") : "not reached";

    /// <summary>Iterations or runs made over every trial, and the seconds they took: "2,364 iterations in 1.7 s".</summary>
    public static string Total(TrialSummary summary) =>
        string.Create(CultureInfo.InvariantCulture, $"{summary.TotalAttempts:#,0} {summary.Unit} in {summary.TotalSeconds:0.0} s");

    /// <summary>Seconds in a readable unit, or "not reached".</summary>
    public static string Seconds(double? value) => value switch
    {
        null => "not reached",
        < 1 => string.Create(CultureInfo.InvariantCulture, $"{value * 1000:0.0} ms"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{value:0.00} s"),
    };

    private static void Line(StringBuilder text, FormattableString line) => text.Append(line.ToString(CultureInfo.InvariantCulture)).Append('\n');
}
