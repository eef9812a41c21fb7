using StressMaps.Harness.Targets;

namespace StressMaps.Harness.Targets.Loading;

/// <summary>A type named on the command line, ready to explore.</summary>
/// <param name="Target">The target: its name, contract and a factory of fresh instances behind the map contract.</param>
/// <param name="Type">The closed type that is instantiated.</param>
/// <param name="IsRewritten">Whether its code is a rewritten copy (a user's assembly), so field-level interleaving applies; framework types are not.</param>
public sealed record UserTarget(Target Target, Type Type, bool IsRewritten);
