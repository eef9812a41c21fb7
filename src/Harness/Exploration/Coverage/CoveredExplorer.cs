using StressMaps.Frames;

namespace StressMaps.Harness.Exploration.Coverage;

/// <summary>Explores a test as <see cref="CoyoteExplorer"/> does, with every schedule's accesses counted in a <see cref="CoverageRecorder"/>.</summary>
public static class CoveredExplorer
{
    /// <summary>Explores <paramref name="test"/> under <paramref name="options"/>, counting into <paramref name="recorder"/>.</summary>
    public static ExplorationOutcome Explore(Func<Task> test, ExplorationOptions options, CoverageRecorder recorder)
    {
        using var recording = AccessCoverage.Recording(recorder, test);
        return CoyoteExplorer.Explore(recording.Test, options);
    }
}
