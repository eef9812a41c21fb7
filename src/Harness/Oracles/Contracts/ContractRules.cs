using StressMaps.Harness.Targets;

namespace StressMaps.Harness.Oracles.Contracts;

/// <summary>Which calls a thread-safety contract forbids to be in flight at once.</summary>
public static class ContractRules
{
    /// <summary>
    /// Whether <paramref name="contract"/> forbids <paramref name="first"/> and <paramref name="second"/>
    /// (calls of two different tasks) to overlap.
    /// </summary>
    /// <remarks>
    /// <c>not-thread-safe</c> is <c>Dictionary</c>'s documented rule: many readers, or one writer alone.
    /// <c>single-writer</c> is <c>Hashtable</c>'s: readers may run alongside one writer, two writers never.
    /// <c>thread-safe</c> forbids nothing; the linearizability oracle judges its answers instead.
    /// </remarks>
    public static bool Conflict(ThreadSafetyContract contract, CallInFlight first, CallInFlight second) => contract switch
    {
        ThreadSafetyContract.NotThreadSafe => first.IsWrite || second.IsWrite,
        ThreadSafetyContract.SingleWriter => first.IsWrite && second.IsWrite,
        _ => false,
    };
}
