using System.Text.Json;
using StressMaps.Harness.Files;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Bundles.Shrinking;
using StressMaps.Harness.Exploration.Traces;

namespace StressMaps.Harness.Bundles;

/// <summary>
/// Everything needed to replay one bug and to read it: the target, the scenario as data, Coyote's
/// trace, the settings replay must restore, the verdict, and how it was shrunk. One file per bug,
/// <c>bugs/&lt;cell&gt;.bundle.json</c>. Bump <see cref="CurrentSchema"/> when a field changes meaning.
/// </summary>
public sealed record BugBundle : DocumentHeader
{
    /// <summary>The schema version this build reads and writes.</summary>
    public const int CurrentSchema = 1;

    /// <summary>What the file is, so a stray JSON file is not mistaken for a bundle.</summary>
    public const string KindName = "stressmaps-bug-bundle";

    /// <summary>Always <see cref="KindName"/>.</summary>
    public string Kind { get; init; } = KindName;

    /// <summary>When the bundle was written, UTC.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The matrix cell, <c>scenario.map</c>.</summary>
    public required string Cell { get; init; }

    /// <summary>The map type that was explored and where its code lives.</summary>
    public required TargetRecord Target { get; init; }

    /// <summary>The scenario that shows the bug (the shrunk one once shrinking ran).</summary>
    public required Scenario Scenario { get; init; }

    /// <summary>Coyote's reproducible trace (its <c>Settings</c> and <c>Steps</c>), as Coyote writes it.</summary>
    public required JsonElement Trace { get; init; }

    /// <summary>What replay must restore that the trace does not keep.</summary>
    public required ReplaySettings Replay { get; init; }

    /// <summary>The bug: its message, its report and the stacks.</summary>
    public required VerdictRecord Verdict { get; init; }

    /// <summary>The interleaving of the bundled schedule, task by task, as the reports draw it.</summary>
    public IReadOnlyList<ScheduleStep> Schedule { get; init; } = [];

    /// <summary>The size of the bug before and after shrinking, or null when it was not shrunk.</summary>
    public ShrinkRecord? Shrinking { get; init; }

    /// <summary>The size of the bundled bug as it stands.</summary>
    public required BugSize Size { get; init; }

    /// <summary>The command that replays this bundle, relative to the run's output folder.</summary>
    public required string ReplayCommand { get; init; }

    /// <summary>For a cell the watchdog killed: how its schedule ended the worker; null for every other bug.</summary>
    public WorkerKill? Killed { get; init; }

    /// <summary>For a user's type: the watchdog's limits in the run that found the bug; null for a built-in map and bundles written before limits were stored.</summary>
    public WatchdogSettings? Watchdog { get; init; }
}

/// <summary>The explored map type and the assembly it came from.</summary>
/// <param name="Name">The map's name in the matrix.</param>
/// <param name="Type">The full name of its type (the generic definition for generic maps, closed over string and int).</param>
/// <param name="AssemblyName">The assembly's file name.</param>
/// <param name="AssemblyPath">Where the assembly was when the bug was found.</param>
/// <param name="Sha256">The SHA-256 of the assembly file, lower-case hex: replay refuses other code.</param>
/// <param name="Mvid">The module version id of the assembly.</param>
/// <param name="CodeSha256">The SHA-256 of its code alone (<see cref="CodeHash"/>), equal for every rewrite of the same build.</param>
public sealed record TargetRecord(string Name, string Type, string AssemblyName, string AssemblyPath, string Sha256, Guid Mvid, string? CodeSha256 = null)
{
    /// <summary>For a user's type: the contract it was judged by (<c>thread-safe</c>, ...); null for a built-in map.</summary>
    public string? Contract { get; init; }

    /// <summary>For a user's type: the key of its rewritten copy in the cache (content and Coyote version); null for a framework type or a built-in map.</summary>
    public string? RewrittenCacheKey { get; init; }

    /// <summary>For a user's class (not a map): the operations the run kept, by name; null otherwise.</summary>
    public IReadOnlyList<string>? Operations { get; init; }

    /// <summary>For a user's class: the operations whose answers were not judged (<c>--relaxed</c>); null otherwise.</summary>
    public IReadOnlyList<string>? Relaxed { get; init; }

    /// <summary>For a user's type: how its instances were made, bound back by replay (a lambda's says to replay from the test); null for a built-in map.</summary>
    public Targets.TargetConstruction? Construction { get; init; }

    /// <summary>For a user's type from a test project: true when its assembly was rewritten at build, so replay loads it as it is; null otherwise.</summary>
    public bool? RewrittenAtBuild { get; init; }

    /// <summary>For a user's concurrent test: true, and <see cref="Type"/> is the method's full name; null otherwise.</summary>
    public bool? Test { get; init; }

    /// <summary>Whether the record names a user's type, reloaded through the rewritten-assembly cache and judged by its contract.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsUserType => Contract is not null;
}

/// <summary>The settings Coyote does not keep in its trace, which replay must restore.</summary>
/// <param name="MaxSteps">Scheduling steps allowed before the run counts as a bug.</param>
/// <param name="FailOnMaxSteps">Whether reaching <paramref name="MaxSteps"/> is a bug.</param>
/// <param name="Strategy">The strategy that continues after the trace's steps (as in the trace).</param>
/// <param name="StrategyBound">That strategy's bound (as in the trace).</param>
/// <param name="Seed">That strategy's seed (as in the trace).</param>
public sealed record ReplaySettings(uint MaxSteps, bool FailOnMaxSteps, string Strategy, int StrategyBound, uint? Seed)
{
    /// <summary>True when every field access in the user's rewritten code was a scheduling point (field-level interleaving); absent otherwise.</summary>
    public bool? InterleaveMemoryAccesses { get; init; }

    /// <summary>The settings that replay <paramref name="trace"/> under a bound of <paramref name="maxSteps"/>, with field-level interleaving when <paramref name="interleaveMemoryAccesses"/>.</summary>
    public static ReplaySettings Of(Exploration.Traces.CoyoteTrace trace, uint maxSteps, bool interleaveMemoryAccesses) =>
        new(maxSteps, FailOnMaxSteps: true, trace.Strategy, trace.StrategyBound, trace.Seed)
        {
            InterleaveMemoryAccesses = interleaveMemoryAccesses ? true : null,
        };

    /// <summary>The options a replay runs with: what the trace does not keep.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Exploration.ExplorationOptions ReplayOptions => new(MaxSteps: MaxSteps, InterleaveMemoryAccesses: InterleaveMemoryAccesses == true);
}

/// <summary>The bug as found.</summary>
/// <param name="Message">The first line: the exception, the data race or the failed check.</param>
/// <param name="Report">Coyote's whole bug report.</param>
/// <param name="Stacks">Where each task was when the bug struck.</param>
public sealed record VerdictRecord(string Message, string Report, IReadOnlyList<TaskStack> Stacks)
{
    /// <summary>The bug as data: its kind and what the check that found it knew. Absent from bundles written before kinds were stored.</summary>
    public Exploration.Bugs.Bug? Bug { get; init; }

    /// <summary>The typed bug: as stored, or for an older bundle read from its message (<see cref="Exploration.Bugs.UntypedBugs.FromStoredMessage"/>, the one fallback).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Exploration.Bugs.Bug Typed => Bug ?? Exploration.Bugs.UntypedBugs.FromStoredMessage(Message);

    /// <summary>The last race on a field the replay saw, whose two tasks' frames are in <see cref="Stacks"/>; null when none.</summary>
    public FieldRacePair? Race { get; init; }
}
