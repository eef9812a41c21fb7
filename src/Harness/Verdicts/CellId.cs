namespace StressMaps.Harness.Verdicts;

/// <summary>One cell of a run: a scenario on a map (a built-in map or a user's target).</summary>
/// <param name="Scenario">The scenario's name.</param>
/// <param name="Map">The map's or target's name.</param>
public readonly record struct CellId(string Scenario, string Map)
{
    /// <summary>The cell as file names, seeds and bundles name it: <c>{scenario}.{map}</c>.</summary>
    public override string ToString() => $"{Scenario}.{Map}";

    /// <summary>The cell as people read it: <c>{scenario} × {map}</c>.</summary>
    public string Display => $"{Scenario} × {Map}";
}
