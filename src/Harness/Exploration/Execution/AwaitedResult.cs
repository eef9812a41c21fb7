using System.Reflection;
using StressMaps.Harness.Targets.Operations;

namespace StressMaps.Harness.Exploration.Execution;

/// <summary>
/// Awaits what an asynchronous member returned, inside the calling task (so under Coyote each await is a
/// scheduling choice): a <see cref="Task"/>, <see cref="Task{TResult}"/>, <see cref="ValueTask"/> or
/// <see cref="ValueTask{TResult}"/> gives its result, a faulted one throws its exception; an
/// <see cref="IAsyncEnumerable{T}"/> is enumerated with <c>await foreach</c> into a list.
/// </summary>
public static class AwaitedResult
{
    /// <summary>What a member of return type <paramref name="declared"/> returned, awaited: null for a task without a result.</summary>
    public static async Task<object?> OfAsync(object? returned, Type declared)
    {
        switch (returned)
        {
            case null:
                return null;
            case ValueTask plain:
                await plain;
                return null;
            case Task task:
                await task;
                return ResultOf(task, declared);
        }

        var type = returned.GetType();
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueTask<>))
        {
            // ValueTask<T> as the Task<T> it wraps (or completed with).
            var task = (Task)type.GetMethod(nameof(ValueTask<object>.AsTask))!.Invoke(returned, null)!;
            await task;
            return ResultOf(task, typeof(Task<>).MakeGenericType(type.GetGenericArguments()));
        }

        return AsyncReturns.SequenceItemOf(declared) is { } element
            ? await (Task<List<object?>>)typeof(AwaitedResult).GetMethod(nameof(EnumerateAsync), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(element).Invoke(null, [returned])!
            : returned;
    }

    private static async Task<List<object?>> EnumerateAsync<T>(IAsyncEnumerable<T> sequence)
    {
        var items = new List<object?>();
        await foreach (var item in sequence)
        {
            items.Add(item);
        }

        return items;
    }

    // Read through the declared Task<T>: an async Task method's box is a Task<VoidTaskResult> nobody declared.
    private static object? ResultOf(Task task, Type declared) =>
        declared.IsGenericType && declared.GetGenericTypeDefinition() == typeof(Task<>)
            ? declared.GetProperty(nameof(Task<object>.Result))!.GetValue(task)
            : null;
}
