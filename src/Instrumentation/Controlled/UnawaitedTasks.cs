using StressMaps.Frames;
using System.Collections.Concurrent;
using System.Reflection;

namespace StressMaps.Controlled;

/// <summary>
/// Stands in for <c>Task.Run</c> and <c>Task.Factory.StartNew</c> in rewritten code: starts the task as
/// Coyote's rewritten call does and remembers it, so that a task the user's code started and never awaited
/// cannot crash unseen. <see cref="FirstUnobservedFaultAsync"/> waits for them at the end of a schedule.
/// </summary>
public static class UnawaitedTasks
{
    // A concurrent queue, not a lock: Coyote's rewriting would make every lock here a scheduling point.
    private static readonly AsyncLocal<ConcurrentQueue<Task>?> Started = new();

    /// <summary>Starts remembering the tasks started from the current flow (one scenario's schedule).</summary>
    public static void Begin() => Started.Value = new ConcurrentQueue<Task>();

    /// <summary>Stands in for <see cref="Task.Run(Action)"/>.</summary>
    public static Task Run(Action action) => Remember(Task.Run(action));

    /// <summary>Stands in for <see cref="Task.Run(Action, CancellationToken)"/>.</summary>
    public static Task Run(Action action, CancellationToken cancellationToken) => Remember(Task.Run(action, cancellationToken));

    /// <summary>Stands in for <see cref="Task.Run(Func{Task})"/>.</summary>
    public static Task Run(Func<Task> function) => Remember(Task.Run(function));

    /// <summary>Stands in for <see cref="Task.Run(Func{Task}, CancellationToken)"/>.</summary>
    public static Task Run(Func<Task> function, CancellationToken cancellationToken) => Remember(Task.Run(function, cancellationToken));

    /// <summary>Stands in for <see cref="Task.Run{TResult}(Func{TResult})"/>.</summary>
    public static Task<TResult> Run<TResult>(Func<TResult> function) => Remember(Task.Run(function));

    /// <summary>Stands in for <see cref="Task.Run{TResult}(Func{TResult}, CancellationToken)"/>.</summary>
    public static Task<TResult> Run<TResult>(Func<TResult> function, CancellationToken cancellationToken) => Remember(Task.Run(function, cancellationToken));

    /// <summary>Stands in for <see cref="Task.Run{TResult}(Func{Task{TResult}})"/>.</summary>
    public static Task<TResult> Run<TResult>(Func<Task<TResult>> function) => Remember(Task.Run(function));

    /// <summary>Stands in for <see cref="Task.Run{TResult}(Func{Task{TResult}}, CancellationToken)"/>.</summary>
    public static Task<TResult> Run<TResult>(Func<Task<TResult>> function, CancellationToken cancellationToken) =>
        Remember(Task.Run(function, cancellationToken));

    /// <summary>Stands in for <see cref="TaskFactory.StartNew(Action)"/>.</summary>
    public static Task StartNew(TaskFactory factory, Action action) => Remember(factory.StartNew(action));

    /// <summary>Stands in for <see cref="TaskFactory.StartNew(Action, CancellationToken)"/>.</summary>
    public static Task StartNew(TaskFactory factory, Action action, CancellationToken cancellationToken) =>
        Remember(factory.StartNew(action, cancellationToken));

    /// <summary>Stands in for <see cref="TaskFactory.StartNew(Action, TaskCreationOptions)"/>.</summary>
    public static Task StartNew(TaskFactory factory, Action action, TaskCreationOptions creationOptions) =>
        Remember(factory.StartNew(action, creationOptions));

    /// <summary>Stands in for <see cref="TaskFactory.StartNew(Action, CancellationToken, TaskCreationOptions, TaskScheduler)"/>.</summary>
    public static Task StartNew(
        TaskFactory factory, Action action, CancellationToken cancellationToken, TaskCreationOptions creationOptions, TaskScheduler scheduler) =>
        Remember(factory.StartNew(action, cancellationToken, creationOptions, scheduler));

    /// <summary>Stands in for <see cref="TaskFactory.StartNew{TResult}(Func{TResult})"/>.</summary>
    public static Task<TResult> StartNew<TResult>(TaskFactory factory, Func<TResult> function) => Remember(factory.StartNew(function));

    /// <summary>Stands in for <see cref="TaskFactory.StartNew{TResult}(Func{TResult}, CancellationToken)"/>.</summary>
    public static Task<TResult> StartNew<TResult>(TaskFactory factory, Func<TResult> function, CancellationToken cancellationToken) =>
        Remember(factory.StartNew(function, cancellationToken));

    /// <summary>Stands in for <see cref="TaskFactory.StartNew{TResult}(Func{TResult}, TaskCreationOptions)"/>.</summary>
    public static Task<TResult> StartNew<TResult>(TaskFactory factory, Func<TResult> function, TaskCreationOptions creationOptions) =>
        Remember(factory.StartNew(function, creationOptions));

    /// <summary>Stands in for <see cref="TaskFactory.StartNew{TResult}(Func{TResult}, CancellationToken, TaskCreationOptions, TaskScheduler)"/>.</summary>
    public static Task<TResult> StartNew<TResult>(
        TaskFactory factory, Func<TResult> function, CancellationToken cancellationToken, TaskCreationOptions creationOptions, TaskScheduler scheduler) =>
        Remember(factory.StartNew(function, cancellationToken, creationOptions, scheduler));

    /// <summary>
    /// Waits until every remembered task has finished, then describes the first that faulted and whose
    /// exception nobody observed (awaited, waited on, or read), or returns null.
    /// </summary>
    public static async Task<UnobservedFault?> FirstUnobservedFaultAsync()
    {
        if (Started.Value is not { } started)
        {
            return null;
        }

        while (Pending(started) is { Length: > 0 } pending)
        {
            await Task.WhenAny(pending);
        }

        var faulted = started.FirstOrDefault(task => task.IsFaulted && !IsObserved(task));
        return faulted?.Exception?.InnerException is { } error ? new UnobservedFault(error, UserFrames.Of(error)) : null;
    }

    private static TTask Remember<TTask>(TTask task)
        where TTask : Task
    {
        Started.Value?.Enqueue(task);
        return task;
    }

    private static Task[] Pending(ConcurrentQueue<Task> started) => started.Where(task => !task.IsCompleted).ToArray();

    // The runtime marks a task's exceptions handled once anything observes them (await, Wait, Exception);
    // it keeps that mark in private fields, read here. Should they move, every fault counts as unobserved.
    private static bool IsObserved(Task task)
    {
        const BindingFlags Private = BindingFlags.NonPublic | BindingFlags.Instance;
        var properties = typeof(Task).GetField("m_contingentProperties", Private)?.GetValue(task);
        var holder = properties?.GetType().GetField("m_exceptionsHolder", Private)?.GetValue(properties);
        return holder?.GetType().GetField("m_isHandled", Private)?.GetValue(holder) is true;
    }
}
