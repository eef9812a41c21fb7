using StressMaps.Harness.Verdicts;

namespace StressMaps.Harness.Sessions.ScaleOut;

/// <summary>
/// The smallest piece of a run one process explores: one slice of one cell. A cell cut into
/// <paramref name="Slices"/> slices explores each with its own spread seed and a share of the iterations.
/// </summary>
/// <param name="Scenario">The scenario's name.</param>
/// <param name="Map">The map's name.</param>
/// <param name="Slice">Which slice, from 0.</param>
/// <param name="Slices">How many slices the cell is cut into (1: the whole cell).</param>
public sealed record WorkUnit(string Scenario, string Map, int Slice, int Slices)
{
    /// <summary>The cell this unit explores (part of).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public CellId Cell => new(Scenario, Map);
}
