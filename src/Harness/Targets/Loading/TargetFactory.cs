using StressMaps.Harness.Targets;

namespace StressMaps.Harness.Targets.Loading;

/// <summary>A way to make fresh instances of a target, and what it is as data.</summary>
/// <param name="Construction">What a run prints and a bundle stores.</param>
/// <param name="Create">Makes a fresh instance; what the member throws propagates unwrapped.</param>
public sealed record TargetFactory(TargetConstruction Construction, Func<object> Create);
