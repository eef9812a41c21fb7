using StressMaps.Harness.Verdicts;
using StressMaps.Harness.Bundles;
using StressMaps.Harness.Reports.RunFiles;

namespace StressMaps.Harness.Sessions;

/// <summary>What a run did: how it ended, what it wrote.</summary>
/// <param name="Kind">How it ended.</param>
/// <param name="Run">The run document as written to run.json.</param>
/// <param name="RunFile">Where run.json was written.</param>
/// <param name="Bundles">The bug bundles written, in matrix order.</param>
/// <param name="Verdicts">The verdicts explored in this process (none when workers explored).</param>
public sealed record RunOutcome(
    OutcomeKind Kind,
    RunDocument Run,
    string RunFile,
    IReadOnlyList<BugBundle> Bundles,
    IReadOnlyList<CellVerdict> Verdicts)
{
    /// <summary>The process exit code (<see cref="ExitCodes.Of"/>).</summary>
    public int ExitCode => ExitCodes.Of(Kind);
}
