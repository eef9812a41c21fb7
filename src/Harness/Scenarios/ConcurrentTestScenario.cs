namespace StressMaps.Harness.Scenarios;

/// <summary>The one scenario a concurrent test runs: the method itself, which starts its own tasks.</summary>
public static class ConcurrentTestScenario
{
    /// <summary>The scenario: no setup and no tasks of its own; cells are named <c>test.{method}</c>.</summary>
    public static Scenario Instance { get; } = new("test", "The test method, once per schedule; its own tasks are the concurrency.", [], []);
}
