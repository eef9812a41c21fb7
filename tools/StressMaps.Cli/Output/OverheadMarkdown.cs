using System.Globalization;
using System.Text;
using StressMaps.Harness.Measuring.Overhead;

namespace StressMaps.Cli.Output;

/// <summary>Renders the harness-overhead measurement as Markdown, with invariant numbers whatever the culture.</summary>
public static class OverheadMarkdown
{
    /// <summary>A heading, a side-by-side table and the ratio against its target.</summary>
    public static string Render(HarnessOverheadResult result)
    {
        var invariant = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.Append(invariant, $"### Harness overhead: {result.Cell}, {result.Strategy}, seed {result.Seed}, {result.Iterations} iterations a round\n\n");
        text.Append("| side | iterations/s (median) | rounds |\n");
        text.Append("| --- | ---: | --- |\n");
        text.Append(invariant, $"| harness (CellRunner.Explore) | {result.HarnessMedian:0} | {Rounds(result.HarnessIterationsPerSecond)} |\n");
        text.Append(invariant, $"| bare Coyote TestingEngine | {result.BareMedian:0} | {Rounds(result.BareIterationsPerSecond)} |\n");
        text.Append(invariant, $"\nOverhead ratio (bare / harness iterations a second): {result.Ratio:0.00} (target at most {HarnessOverheadResult.Target:0.00}: {(result.MeetsTarget ? "met" : "NOT met")}).\n");
        return text.ToString();
    }

    private static string Rounds(IReadOnlyList<double> values) =>
        string.Join(", ", values.Select(value => value.ToString("0", CultureInfo.InvariantCulture)));
}
