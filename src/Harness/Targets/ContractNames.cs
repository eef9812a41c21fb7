namespace StressMaps.Harness.Targets;

/// <summary>The kebab-case names of <see cref="ThreadSafetyContract"/> that users type and reports print.</summary>
public static class ContractNames
{
    /// <summary>thread-safe.</summary>
    public const string ThreadSafe = "thread-safe";

    /// <summary>not-thread-safe.</summary>
    public const string NotThreadSafe = "not-thread-safe";

    /// <summary>single-writer.</summary>
    public const string SingleWriter = "single-writer";

    /// <summary>Every name, the default first.</summary>
    public static IReadOnlyList<string> All { get; } = [ThreadSafe, NotThreadSafe, SingleWriter];

    /// <summary>The name of <paramref name="contract"/>.</summary>
    public static string Of(ThreadSafetyContract contract) => contract switch
    {
        ThreadSafetyContract.NotThreadSafe => NotThreadSafe,
        ThreadSafetyContract.SingleWriter => SingleWriter,
        _ => ThreadSafe,
    };

    /// <summary>The contract named <paramref name="name"/>, ignoring case, or null when unknown.</summary>
    public static ThreadSafetyContract? Parse(string name) => name.ToLowerInvariant() switch
    {
        ThreadSafe => ThreadSafetyContract.ThreadSafe,
        NotThreadSafe => ThreadSafetyContract.NotThreadSafe,
        SingleWriter => ThreadSafetyContract.SingleWriter,
        _ => null,
    };
}
