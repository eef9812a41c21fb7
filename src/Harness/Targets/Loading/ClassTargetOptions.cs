using StressMaps.Harness.Targets.Operations;
using StressMaps.Harness.Targets;

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

    /// <summary>The public static method that makes instances (<c>--factory Type.Method</c>), or null to find a way.</summary>
    public string? Factory { get; init; }

    /// <summary>The construction a bundle recorded, bound back as it was; null to find one.</summary>
    public TargetConstruction? Recorded { get; init; }
}
