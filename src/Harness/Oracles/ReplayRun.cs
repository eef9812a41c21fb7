using StressMaps.Frames;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.Exploration.Execution;

namespace StressMaps.Harness.Oracles;

/// <summary>What one replay of a trace did (see <see cref="CellRunner.Replay"/>).</summary>
/// <param name="Outcome">Whether the bug came back, and its message.</param>
/// <param name="Journal">Which task ran which operation, in order.</param>
/// <param name="FailureStack">The stack of the failing task, or null.</param>
/// <param name="Log">Coyote's verbose log, when it was asked for.</param>
/// <param name="Frames">Where each task was in the user's code, when the replay captured it.</param>
public sealed record ReplayRun(ExplorationOutcome Outcome, IReadOnlyList<JournalEntry> Journal, string? FailureStack, string? Log, FrameCapture? Frames = null);
