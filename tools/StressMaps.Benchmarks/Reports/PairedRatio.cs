namespace StressMaps.Benchmarks.Reports;

/// <summary>One operation's time on one map over the raw dictionary's, as the median of back-to-back rounds.</summary>
/// <param name="Subject">The map: <c>dictionary</c> (against itself: a noise check), <c>frozen</c>, or a variant name.</param>
/// <param name="Operation">The column: one of <see cref="Operations.Paired"/>.</param>
/// <param name="Ratio">The median of the rounds' subject time over baseline time.</param>
public sealed record PairedRatio(string Subject, string Operation, double Ratio);
