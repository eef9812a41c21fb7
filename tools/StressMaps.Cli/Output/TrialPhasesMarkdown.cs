using System.Globalization;
using System.Text;
using StressMaps.Harness.Measuring.Overhead;

namespace StressMaps.Cli.Output;

/// <summary>Renders where exploration trials spend their time, one row per cell, with invariant numbers.</summary>
public static class TrialPhasesMarkdown
{
    /// <summary>A heading and a table: each phase's median milliseconds per trial.</summary>
    public static string Render(IReadOnlyList<TrialPhaseResult> results)
    {
        var invariant = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.Append(invariant, $"### Where an exploration trial's time goes (compare's trials: a fresh engine per seed, up to the first bug; median ms per trial over {results.FirstOrDefault()?.Trials ?? 0} seeds)\n\n");
        text.Append("| cell | iterations | ms per iteration | steps per iteration | operations per iteration | ").AppendJoin(" | ", TrialPhases.Names).Append(" |\n");
        text.Append("| --- | ---: | ---: | ---: | ---: |").Append(string.Concat(TrialPhases.Names.Select(_ => " ---: |"))).Append('\n');
        foreach (var result in results)
        {
            text.Append(invariant, $"| {result.Cell} | {result.MedianIterations:0} | {result.MedianMillisecondsPerIteration:0.00} | {result.MedianStepsPerIteration:0.#} | {result.MedianOperationsPerIteration:0.#} | ")
                .AppendJoin(" | ", result.Phases.Select(phase => phase.Milliseconds.ToString("0.000", invariant)))
                .Append(" |\n");
        }

        return text.ToString();
    }
}
