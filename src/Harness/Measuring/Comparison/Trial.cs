namespace StressMaps.Harness.Measuring.Comparison;

/// <summary>One attempt to find a cell's bug: one seed of exploration, or one budget of stress runs.</summary>
/// <param name="Found">Whether the attempt found the bug.</param>
/// <param name="Attempts">Iterations (exploration) or runs (stress) made; up to and including the first bug when found.</param>
/// <param name="Seconds">Wall-clock seconds the attempt took; to the first bug when found.</param>
/// <param name="Seed">The exploration seed, or null for stress.</param>
public sealed record Trial(bool Found, int Attempts, double Seconds, uint? Seed = null);
