using StressMaps.Harness.Files;

namespace StressMaps.Harness.Measuring.Comparison;

/// <summary>The result of <c>stressmaps compare</c>, as stored in <c>compare.json</c>.</summary>
public sealed record ComparisonDocument : DocumentHeader
{
    /// <summary>When the comparison started, UTC.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>Wall-clock seconds of the whole comparison.</summary>
    public required double ElapsedSeconds { get; init; }

    /// <summary>The machine it ran on.</summary>
    public required MachineRecord Machine { get; init; }

    /// <summary>The strategies compared, the one that sets the stress budget first.</summary>
    public required IReadOnlyList<string> Strategies { get; init; }

    /// <summary>Trials per method and cell.</summary>
    public required int Seeds { get; init; }

    /// <summary>Iterations one exploration trial may take.</summary>
    public required uint Iterations { get; init; }

    /// <summary>The run's seed.</summary>
    public required uint RunSeed { get; init; }

    /// <summary>Step bound of one schedule.</summary>
    public required uint MaxSteps { get; init; }

    /// <summary>How each stress trial's budget was set, in words.</summary>
    public required string StressBudget { get; init; }

    /// <summary>Every bug-expected cell compared, in matrix order.</summary>
    public required IReadOnlyList<ComparisonCell> Cells { get; init; }
}
