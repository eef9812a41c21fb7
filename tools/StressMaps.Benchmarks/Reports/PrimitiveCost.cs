namespace StressMaps.Benchmarks.Reports;

/// <summary>
/// A map's extra cost over raw Dictionary on one read operation, against the primitive its read pays
/// for, all three timed in the same rounds; each figure is the median over the rounds.
/// </summary>
/// <param name="Subject">The map variant.</param>
/// <param name="Operation"><c>get-hit</c> or <c>get-miss</c>.</param>
/// <param name="Primitive">The primitive's name (<c>lock pair</c>, ...), or null when the read pays for none.</param>
/// <param name="PrimitiveNanoseconds">One use of the primitive, uncontended; null without a primitive.</param>
/// <param name="ExtraNanoseconds">The map's time per operation minus raw Dictionary's.</param>
/// <param name="ExtraOverPrimitive">The extra time as a multiple of one primitive; null without a primitive.</param>
public sealed record PrimitiveCost(
    string Subject, string Operation, string? Primitive, double? PrimitiveNanoseconds, double ExtraNanoseconds, double? ExtraOverPrimitive);
