using StressMaps.Harness.Exploration;
using StressMaps.Harness.Sessions.ScaleOut;
using StressMaps.Harness.Targets;
using StressMaps.Harness.Targets.Loading;

namespace StressMaps.Harness.Sessions.Workers;

/// <summary>
/// A run judged by contracts, as plain data (<c>run --type</c>, or <c>--generate N</c> on the built-in maps):
/// which targets, which scenarios, how to explore, where to write. The command line is read once, in the
/// parent; a worker plans the run from this alone (<see cref="UserRunPlanner"/>).
/// </summary>
/// <param name="Targets">Where the targets come from.</param>
/// <param name="Scenarios">The scenarios named (none: every scenario planned for the targets).</param>
/// <param name="Generate">Random small scenarios to add to the catalogs.</param>
/// <param name="Options">The run's exploration options (each cell derives its own seed).</param>
/// <param name="Output">The output folder.</param>
public sealed record UserRunPlan(UserTargetsSpec Targets, IReadOnlyList<string> Scenarios, int Generate, ExplorationOptions Options, string Output)
{
    /// <summary>Shrink each bug before bundling it.</summary>
    public bool Shrink { get; init; } = true;

    /// <summary>This process's shard of the cells (<c>--shard I/N</c>), or null for all of them.</summary>
    public ShardSpec? Shard { get; init; }

    /// <summary>Slices per cell (<c>--slices</c>), each explored with its own spread seed.</summary>
    public int Slices { get; init; } = 1;

    /// <summary>
    /// For <c>stressmaps test</c>: the concurrent test methods to run instead of types (each a target of the one
    /// test scenario); <see cref="UserTargetsSpec.Types"/> then lists the same names, for the watchdog's bookkeeping.
    /// </summary>
    public ConcurrentTestsSpec? Tests { get; init; }
}

/// <summary>The concurrent test methods of a <see cref="UserRunPlan"/>, as typed.</summary>
/// <param name="Methods">Full method names (<c>--method</c>).</param>
/// <param name="Patterns">Patterns over full method names, <c>*</c> for any text (<c>--methods</c>).</param>
public sealed record ConcurrentTestsSpec(IReadOnlyList<string> Methods, IReadOnlyList<string> Patterns);

/// <summary>The targets of a <see cref="UserRunPlan"/>: a user's types, or built-in maps.</summary>
/// <param name="Assembly">The user's assembly as typed, or null for framework types.</param>
/// <param name="Types">The types named, as typed (none: the built-in maps in <paramref name="Maps"/>).</param>
/// <param name="Contract">What the types promise about concurrent calls.</param>
/// <param name="Class">How a class target's operations and arguments are chosen.</param>
/// <param name="FieldInterleaving">Interleave at every field access inside rewritten user code.</param>
/// <param name="Maps">The built-in maps named when no type is (none: all of them).</param>
public sealed record UserTargetsSpec(
    string? Assembly,
    IReadOnlyList<string> Types,
    ThreadSafetyContract Contract,
    ClassTargetOptions Class,
    bool FieldInterleaving,
    IReadOnlyList<string> Maps);
