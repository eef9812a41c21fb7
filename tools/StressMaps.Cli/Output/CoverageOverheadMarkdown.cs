using System.Globalization;
using System.Text;
using Spectre.Console;
using StressMaps.Harness.Measuring.Overhead;

namespace StressMaps.Cli.Output;

/// <summary>Renders the coverage-cost measurement as Markdown, with invariant numbers whatever the culture.</summary>
public static class CoverageOverheadMarkdown
{
    /// <summary>Measures (300 or 1,000 schedules a round, 5 or 7 rounds), prints and returns the table; <paramref name="quietly"/> silences Coyote's log.</summary>
    public static string Measure(IAnsiConsole console, bool quick, Func<Func<CoverageOverheadResult>, CoverageOverheadResult> quietly)
    {
        console.WriteLine("Measuring interleaving coverage against the same exploration without it...");
        var table = Render(quietly(() => CoverageOverheadBenchmark.Measure(iterations: quick ? 300u : 1000u, rounds: quick ? 5 : 7)));
        console.WriteLine(table);
        return table;
    }

    /// <summary>A heading, the two sides and the ratio against the issue's bound.</summary>
    public static string Render(CoverageOverheadResult result)
    {
        var invariant = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.Append(invariant, $"### Coverage cost: {result.Cell}, field-level interleaving, seed {result.Seed}, {result.Iterations} schedules a round, {result.Pairs} pairs seen\n\n");
        text.Append("| side | schedules/s (median) | rounds |\n| --- | ---: | --- |\n");
        text.Append(invariant, $"| coverage counted | {HarnessOverheadResult.Median(result.CountedIterationsPerSecond):0} | {Rounds(result.CountedIterationsPerSecond)} |\n");
        text.Append(invariant, $"| not counted | {HarnessOverheadResult.Median(result.PlainIterationsPerSecond):0} | {Rounds(result.PlainIterationsPerSecond)} |\n");
        text.Append(invariant, $"\nCost ratio (not counted / counted schedules a second): {result.Ratio:0.00} (bound under {CoverageOverheadResult.Target:0.00}: {(result.Ratio < CoverageOverheadResult.Target ? "met" : "NOT met")}).\n");
        return text.ToString();
    }

    private static string Rounds(IReadOnlyList<double> values) =>
        string.Join(", ", values.Select(value => value.ToString("0", CultureInfo.InvariantCulture)));
}
