using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Targets;

namespace StressMaps.Harness.Sessions.ScaleOut;

/// <summary>The work units of a run, in a fixed order every process and every shard agrees on.</summary>
public static class WorkPlan
{
    /// <summary>Every slice of every cell of <paramref name="scenarios"/> × <paramref name="maps"/>, in matrix order.</summary>
    public static IReadOnlyList<WorkUnit> Build(IReadOnlyList<Scenario> scenarios, IReadOnlyList<Target> maps, int slices)
    {
        if (slices < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(slices), slices, "A cell has at least one slice.");
        }

        return scenarios
            .SelectMany(scenario => maps.SelectMany(map => Enumerable.Range(0, slices).Select(slice => new WorkUnit(scenario.Name, map.Name, slice, slices))))
            .ToList();
    }

    /// <summary>The units of <paramref name="plan"/> that belong to <paramref name="shard"/>, or all of them when it is null.</summary>
    public static IReadOnlyList<WorkUnit> ForShard(IReadOnlyList<WorkUnit> plan, ShardSpec? shard) =>
        shard is null ? plan : plan.Where((_, position) => shard.Contains(position)).ToList();
}
