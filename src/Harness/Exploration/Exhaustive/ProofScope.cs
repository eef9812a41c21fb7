namespace StressMaps.Harness.Exploration.Exhaustive;

/// <summary>
/// What "every schedule" means for one search: Coyote's scheduling points as rewriting placed
/// them, no finer. Task starts and awaits, locks, <c>Interlocked</c> and <c>Volatile</c> calls and
/// the harness's own points (one per enumerated entry) are always on; the rest is listed here.
/// </summary>
/// <param name="CollectionAccesses">Every call on a <c>Dictionary&lt;,&gt;</c> in rewritten code is a point (Coyote's collection race check).</param>
/// <param name="MemoryAccesses">Every field read and write in rewritten code is a point (Coyote's memory-access race check).</param>
/// <param name="AccessorPoints">
/// Points inside property getters and setters, on static fields and in async methods: Coyote 1.7.11's pass places
/// none there; StressMaps' own pass (src/Instrumentation/Rewriting) does, and they act exactly when memory accesses are points.
/// </param>
/// <param name="MaxSteps">The step bound: a schedule longer than this is cut, never counted as covered.</param>
public sealed record ProofScope(bool CollectionAccesses, bool MemoryAccesses, bool AccessorPoints, uint MaxSteps)
{
    /// <summary>The scope of a search run with <paramref name="options"/>.</summary>
    public static ProofScope Of(ExplorationOptions options) =>
        new(CollectionAccesses: true, MemoryAccesses: options.InterleaveMemoryAccesses, AccessorPoints: options.InterleaveMemoryAccesses, options.MaxSteps);

    /// <summary>The scope as one sentence.</summary>
    public string Describe() =>
        "scheduling points at task starts and awaits, locks, Interlocked and Volatile calls, enumerated entries" +
        (CollectionAccesses ? ", Dictionary calls" : "") +
        (MemoryAccesses ? ", field reads and writes" : "") +
        (AccessorPoints ? ", property accessors, static fields and async methods" : " (none inside property accessors)") +
        $"; at most {MaxSteps} steps a schedule";
}
