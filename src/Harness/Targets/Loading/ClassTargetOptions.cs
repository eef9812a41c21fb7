using StressMaps.Harness.Targets.Operations;

namespace StressMaps.Harness.Targets.Loading;

/// <summary>How a user's class becomes a target: argument domains, which operations to keep, whose answers are relaxed.</summary>
/// <param name="Domains">The values arguments are drawn from.</param>
/// <param name="Operations">Keep only these operations (<c>--operations</c>); empty keeps all.</param>
/// <param name="Exclude">Drop these (<c>--exclude</c>).</param>
/// <param name="Relaxed">Do not judge these operations' answers (<c>--relaxed</c>).</param>
public sealed record ClassTargetOptions(
    DomainOptions Domains, IReadOnlyList<string> Operations, IReadOnlyList<string> Exclude, IReadOnlyList<string> Relaxed)
{
    /// <summary>Default domains, every operation, nothing relaxed.</summary>
    public static ClassTargetOptions Default { get; } = new(DomainOptions.Default, [], [], []);
}
