using System.Diagnostics;
using System.Globalization;
using StressMaps.Harness.Measuring.Comparison;
using StressMaps.Harness.Files;
using StressMaps.Harness.Reports.Exporters;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Measuring.Stress;
using StressMaps.Harness.Targets;

namespace StressMaps.Harness.Sessions;

/// <summary>What <c>stressmaps compare</c> did.</summary>
/// <param name="Kind">ExpectedBugMissed when the first strategy fell short of <see cref="CompareSession.RequiredDetectionRate"/> on a cell.</param>
/// <param name="Document">compare.json as written.</param>
/// <param name="Weak">The cells where the first strategy fell short.</param>
public sealed record CompareOutcome(OutcomeKind Kind, ComparisonDocument Document, IReadOnlyList<ComparisonCell> Weak)
{
    /// <summary>The process exit code (<see cref="ExitCodes.Of"/>).</summary>
    public int ExitCode => ExitCodes.Of(Kind);
}

/// <summary>
/// <c>stressmaps compare</c>: on each bug-expected cell, exploration over many spread seeds per strategy
/// against stress over the same wall-clock time; writes compare.json, compare.md and compare.html.
/// </summary>
public static class CompareSession
{
    /// <summary>Detection rate the first strategy must reach on every cell for exit code 0.</summary>
    public const double RequiredDetectionRate = 0.99;

    /// <summary>The files it writes.</summary>
    public static IReadOnlyList<string> FileNames { get; } = ["compare.json", "compare.md", "compare.html"];

    /// <summary>Compares on <paramref name="cells"/>, writing into <paramref name="output"/>.</summary>
    public static CompareOutcome Run(
        IReadOnlyList<(Scenario Scenario, Target Map)> cells,
        ComparisonOptions options,
        OutputFolder output,
        TextWriter progress,
        CancellationToken cancellation = default)
    {
        var startedAt = DateTimeOffset.UtcNow;
        var stopwatch = Stopwatch.StartNew();
        ComparisonRunner.WarmUp(cells[0].Scenario, cells[0].Map);
        var compared = new List<ComparisonCell>();
        foreach (var (scenario, map) in cells)
        {
            compared.Add(ComparisonRunner.RunCell(scenario, map, options, line => progress.WriteLine($"[{compared.Count + 1}/{cells.Count}] {line}"), cancellation));
        }

        var document = new ComparisonDocument
        {
            StartedAt = startedAt,
            ElapsedSeconds = stopwatch.Elapsed.TotalSeconds,
            Machine = MachineRecord.Current,
            Strategies = options.Strategies,
            Seeds = options.Seeds,
            Iterations = options.Iterations,
            RunSeed = options.RunSeed,
            MaxSteps = options.MaxSteps,
            StressBudget = options.StressTrialBudget is { } budget
                ? string.Create(CultureInfo.InvariantCulture, $"{budget.TotalSeconds:0.###} s per trial, stopping at the first failing run")
                : $"over the same wall-clock time as {options.Strategies[0]} exploration took on the cell, cut into as many trials, each stopping at its first failing run",
            Cells = compared,
        };
        DocumentJson.Write(output.File(FileNames[0]), document);
        AtomicFile.WriteAllText(output.File(FileNames[1]), ComparisonMarkdown.Render(document));
        AtomicFile.WriteAllText(output.File(FileNames[2]), ComparisonHtml.Render(document));

        var weak = compared.Where(cell => cell.Exploration[0].DetectionRate < RequiredDetectionRate).ToList();
        return new CompareOutcome(weak.Count > 0 ? OutcomeKind.ExpectedBugMissed : OutcomeKind.AsExpected, document, weak);
    }
}
