namespace StressMaps.Harness.Targets.Operations;

/// <summary>Which return types make an operation asynchronous: awaited (<c>Task</c>, <c>ValueTask</c> and their results) or enumerated with <c>await foreach</c>.</summary>
public static class AsyncReturns
{
    /// <summary>Whether a member returning <paramref name="type"/> is awaited.</summary>
    public static bool IsAwaitable(Type type) =>
        typeof(Task).IsAssignableFrom(type) || type == typeof(ValueTask)
        || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueTask<>));

    /// <summary>The item type of an asynchronous sequence (<see cref="IAsyncEnumerable{T}"/>), or null.</summary>
    public static Type? SequenceItemOf(Type type) =>
        type.GetInterfaces().Append(type)
            .FirstOrDefault(candidate => candidate.IsGenericType && candidate.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>))
            ?.GetGenericArguments()[0];

    /// <summary>Whether a member returning <paramref name="type"/> is awaited or enumerated asynchronously.</summary>
    public static bool IsAsync(Type type) => IsAwaitable(type) || SequenceItemOf(type) is not null;
}
