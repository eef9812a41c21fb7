using StressMaps.Frames;

namespace StressMaps.Harness.Exploration.Bugs;

/// <summary>
/// How an oracle hands the bug it found to the explorer through Coyote, which keeps only text: the oracle
/// notes the typed bug just before it fails the schedule, and <see cref="CoyoteExplorer"/> reads the note of
/// the failing iteration. The note lives in an assembly Coyote does not rewrite (<see cref="IterationNote"/>),
/// so noting adds no scheduling point and a replay meets the points its exploration met.
/// </summary>
public static class BugNotes
{
    /// <summary>Notes <paramref name="bug"/> for the current iteration; the first note of an iteration wins.</summary>
    public static void Note(Bug bug) => IterationNote.Note(bug);
}
