namespace StressMaps.Harness.Reports.Exporters;

/// <summary>One distribution to draw: the counts to first bug of the trials that found it, and how many did not.</summary>
/// <param name="Label">What the series is, for example "exploration (portfolio)" or "stress".</param>
/// <param name="Values">Positive counts (iterations or runs to the first bug), one per successful trial.</param>
/// <param name="Misses">Trials that found nothing; drawn as a separate bar.</param>
public sealed record HistogramSeries(string Label, IReadOnlyList<int> Values, int Misses);
