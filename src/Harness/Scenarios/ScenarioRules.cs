namespace StressMaps.Harness.Scenarios;

/// <summary>
/// What makes a scenario well formed: what a bundle from elsewhere must satisfy before it runs, and
/// what a shrunk candidate must keep (a task that reads its handed-out map must take it first).
/// </summary>
public static class ScenarioRules
{
    /// <summary>Longest name or key accepted, so a bundle cannot smuggle in megabytes of text.</summary>
    public const int MaxTextLength = 200;

    private static readonly OperationKind[] KeyedKinds =
    [
        OperationKind.Get, OperationKind.Set, OperationKind.Remove, OperationKind.Increment,
        OperationKind.AtomicIncrement, OperationKind.ReadSnapshot, OperationKind.WriteSnapshot,
    ];

    private static readonly OperationKind[] HandedOutKinds =
        [OperationKind.ReadSnapshot, OperationKind.EnumerateSnapshot, OperationKind.WriteSnapshot];

    /// <summary>The first problem with <paramref name="scenario"/>, or null when it is well formed.</summary>
    public static string? Problem(Scenario scenario)
    {
        if (string.IsNullOrWhiteSpace(scenario.Name) || scenario.Name.Length > MaxTextLength)
        {
            return "the scenario needs a name of at most 200 characters";
        }

        if (scenario.Tasks is null || scenario.Tasks.Count == 0 || scenario.Tasks.Any(task => task is null || task.Count == 0))
        {
            return "the scenario needs at least one task, and every task at least one operation";
        }

        if (scenario.Setup is null)
        {
            return "the scenario needs a setup list (it may be empty)";
        }

        if (scenario.Setup.Any(op => op is null || HandedOutKinds.Contains(op.Kind) || op.Kind == OperationKind.Snapshot))
        {
            return "the setup may only read and write the map itself";
        }

        foreach (var op in scenario.Setup.Concat(scenario.Tasks.SelectMany(task => task)))
        {
            if (!Enum.IsDefined(op.Kind))
            {
                return $"unknown operation kind {op.Kind}";
            }

            if (KeyedKinds.Contains(op.Kind) && string.IsNullOrEmpty(op.Key))
            {
                return $"{op} needs a key";
            }

            if (op.Key is { Length: > MaxTextLength })
            {
                return "a key is longer than 200 characters";
            }
        }

        var task = scenario.Tasks.FirstOrDefault(ops => !TakesHandedOutFirst(ops));
        return task is null ? null : $"a task uses the handed-out map before its snapshot(): {string.Join("; ", task)}";
    }

    /// <summary>Whether <paramref name="scenario"/> is well formed.</summary>
    public static bool IsWellFormed(Scenario scenario) => Problem(scenario) is null;

    /// <summary>Throws <see cref="InvalidDataException"/> naming the first problem.</summary>
    public static void Check(Scenario scenario)
    {
        if (Problem(scenario) is { } problem)
        {
            throw new InvalidDataException($"the bundle's scenario is not usable: {problem}.");
        }
    }

    private static bool TakesHandedOutFirst(IReadOnlyList<ScenarioOperation> operations)
    {
        var holds = false;
        foreach (var op in operations)
        {
            holds |= op.Kind == OperationKind.Snapshot;
            if (HandedOutKinds.Contains(op.Kind) && !holds)
            {
                return false;
            }
        }

        return true;
    }
}
