// Monitor-based locking on the Lock object is the point: Coyote controls Monitor.
#pragma warning disable CS9216

namespace StressMaps.Controlled;

/// <summary>
/// Stand-ins for the members of <see cref="Lock"/> in rewritten code. The <see cref="Lock"/> object
/// itself serves as a monitor: Coyote controls <see cref="Monitor"/>, not <see cref="Lock"/>, and both
/// are reentrant, so a correct <c>lock</c> on a <see cref="Lock"/> field stays correct and is explored.
/// </summary>
public static class ControlledLock
{
    // The locks this thread entered through EnterScope, innermost last. A Scope is a ref struct: it cannot
    // outlive a synchronous stretch of one thread, so scopes nest and end on the thread that began them.
    [ThreadStatic]
    private static Stack<Lock>? t_scopes;

    /// <summary>Stands in for <see cref="Lock.EnterScope"/>, which C# 13 emits for <c>lock</c> on a <see cref="Lock"/>.</summary>
    public static Lock.Scope EnterScope(Lock gate)
    {
        Monitor.Enter(gate);
        (t_scopes ??= new Stack<Lock>()).Push(gate);
        return default;
    }

    /// <summary>Stands in for <see cref="Lock.Scope.Dispose"/>: leaves the lock the innermost scope entered.</summary>
    public static void DisposeScope(ref Lock.Scope scope)
    {
        if (t_scopes is { Count: > 0 } scopes)
        {
            Monitor.Exit(scopes.Pop());
        }
    }

    /// <summary>Stands in for <see cref="Lock.Enter"/>.</summary>
    public static void Enter(Lock gate) => Monitor.Enter(gate);

    /// <summary>Stands in for <see cref="Lock.Exit"/>.</summary>
    public static void Exit(Lock gate) => Monitor.Exit(gate);

    /// <summary>Stands in for <see cref="Lock.TryEnter()"/>.</summary>
    public static bool TryEnter(Lock gate) => Monitor.TryEnter(gate);

    /// <summary>Stands in for <see cref="Lock.TryEnter(int)"/>: a timed wait may give up, as the exploration chooses.</summary>
    public static bool TryEnter(Lock gate, int millisecondsTimeout) =>
        Monitor.TryEnter(gate) || (TimedWaits.Waits(millisecondsTimeout) && Entered(gate));

    /// <summary>Stands in for <see cref="Lock.TryEnter(TimeSpan)"/>.</summary>
    public static bool TryEnter(Lock gate, TimeSpan timeout) => TryEnter(gate, TimedWaits.Milliseconds(timeout));

    /// <summary>Stands in for <see cref="Lock.IsHeldByCurrentThread"/>.</summary>
    public static bool IsHeldByCurrentThread(Lock gate) => Monitor.IsEntered(gate);

    private static bool Entered(Lock gate)
    {
        Monitor.Enter(gate);
        return true;
    }
}
