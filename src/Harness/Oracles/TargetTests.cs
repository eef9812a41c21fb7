using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Targets;

namespace StressMaps.Harness.Oracles;

/// <summary>
/// What one iteration runs for a scenario on a target, wherever it runs (exploring, shrinking, replaying):
/// a user's type judged by its contract, a built-in map as the matrix runs it.
/// </summary>
public static class TargetTests
{
    /// <summary>The test Coyote explores: each iteration a fresh instance and, for a user's type, a journal (see <see cref="OracleScenarioRunner"/>).</summary>
    public static Func<Task> Of(Scenario scenario, Target target) =>
        target.Origin is null
            ? MatrixRunner.TestOf(scenario, target)
            : OracleMatrixRunner.TestOf(scenario, target);
}
