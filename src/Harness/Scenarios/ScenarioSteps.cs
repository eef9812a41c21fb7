namespace StressMaps.Harness.Scenarios;

/// <summary>A scenario's steps on one line, for cells known only by them (a generated scenario, a user's target).</summary>
public static class ScenarioSteps
{
    /// <summary>The steps: <c>setup: set(a, 1) | task 1: add(k, 1) | task 2: add(k, 2)</c>.</summary>
    public static string Of(Scenario scenario) =>
        string.Join(" | ", (scenario.Setup.Count > 0 ? [$"setup: {string.Join("; ", scenario.Setup)}"] : Array.Empty<string>())
            .Concat(scenario.Tasks.Select((task, i) => $"task {i + 1}: {string.Join("; ", task)}")));
}
