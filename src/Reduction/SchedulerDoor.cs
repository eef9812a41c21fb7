using System.Linq.Expressions;
using System.Reflection;

namespace StressMaps.Reduction;

/// <summary>
/// The one place StressMaps reaches into Coyote 1.7.11's internals (the private door). Coyote's
/// scheduler passes the enabled operations of every scheduling decision through a list of internal
/// schedule reducers before its strategy picks one; this installs one more reducer, built as a
/// <see cref="DispatchProxy"/> (which may implement an internal interface), that hands every decision
/// to a <see cref="IDecisionMaker"/> and keeps only the operation it picks. Coyote's strategy, given one
/// operation, can only take it, and its trace records the decision, so a bug found this way replays
/// with no reducer at all.
/// </summary>
public static class SchedulerDoor
{
    private static readonly Assembly CoyoteCore = typeof(Microsoft.Coyote.Runtime.SchedulingPoint).Assembly;
    private static readonly Type OperationType = Internal("Microsoft.Coyote.Runtime.ControlledOperation");
    private static readonly Type ReducerType = Internal("Microsoft.Coyote.Runtime.IScheduleReducer");
    private static readonly Func<object, ulong> IdOf = Getter<ulong>("Id");
    private static readonly Func<object, ulong> ParentOf = Getter<ulong>("ParentId");
    private static readonly Func<object, int> PointOf = Getter<int>("LastSchedulingPoint");
    private static readonly Func<object, string?> StateOf = Getter<string?>("LastAccessedSharedState");

    /// <summary>Makes <paramref name="maker"/> take every scheduling decision of <paramref name="engine"/> (Coyote's <c>TestingEngine</c>).</summary>
    public static void Install(object engine, IDecisionMaker maker)
    {
        var scheduler = engine.GetType().GetProperty("Scheduler", BindingFlags.Instance | BindingFlags.NonPublic)?.GetValue(engine)
            ?? throw new InvalidOperationException("Coyote's engine has no scheduler to reach.");
        var reducers = (System.Collections.IList)scheduler.GetType().GetField("Reducers", BindingFlags.Instance | BindingFlags.NonPublic)!.GetValue(scheduler)!;
        var proxy = DispatchProxy.Create(ReducerType, typeof(DecisionProxy));
        ((DecisionProxy)proxy).Maker = maker;
        reducers.Add(proxy);
    }

    /// <summary>What the door sees of one operation at a decision.</summary>
    internal static PendingStep Describe(object operation) => new(
        IdOf(operation), ParentOf(operation), (PointKind)PointOf(operation), StateOf(operation) is { Length: > 0 } state ? state : null);

    /// <summary>A one-element array of Coyote's operation type, what the scheduler expects back.</summary>
    internal static object Only(object operation)
    {
        var array = Array.CreateInstance(OperationType, 1);
        array.SetValue(operation, 0);
        return array;
    }

    private static Type Internal(string name) =>
        CoyoteCore.GetType(name, throwOnError: false)
        ?? throw new InvalidOperationException($"Coyote's {name} is not where 1.7.11 keeps it: the partial-order reduction needs that version.");

    private static Func<object, T> Getter<T>(string member)
    {
        var parameter = Expression.Parameter(typeof(object));
        var access = Expression.PropertyOrField(Expression.Convert(parameter, OperationType), member);
        return Expression.Lambda<Func<object, T>>(Expression.Convert(access, typeof(T)), parameter).Compile();
    }
}

/// <summary>Coyote's scheduling point kinds, by the values of its internal <c>SchedulingPointType</c> (1.7.11).</summary>
public enum PointKind
{
    /// <summary>A collection's race check (and other unnamed points).</summary>
    Default = 0,

    /// <summary>An operation was created.</summary>
    Create,

    /// <summary>An operation starts.</summary>
    Start,

    /// <summary>A continuation was scheduled.</summary>
    ContinueWith,

    /// <summary><c>SchedulingPoint.Interleave</c>, and every memory-access point.</summary>
    Interleave,

    /// <summary><c>SchedulingPoint.Yield</c>.</summary>
    Yield,

    /// <summary><c>SchedulingPoint.Read(state)</c>: a declared read.</summary>
    Read,

    /// <summary><c>SchedulingPoint.Write(state)</c>: a declared write.</summary>
    Write,

    /// <summary>The operation paused (an await, a join).</summary>
    Pause,

    /// <summary>A lock or semaphore acquisition.</summary>
    Acquire,

    /// <summary>An actor send.</summary>
    Send,

    /// <summary>An actor receive.</summary>
    Receive,

    /// <summary>The operation completed.</summary>
    Complete,

    /// <summary>An actor halted.</summary>
    Halt,

    /// <summary>An injected failure.</summary>
    InjectFailure,
}

/// <summary>An operation at a decision: who it is, who created it, and the point it waits at.</summary>
/// <param name="Id">Coyote's operation id (the root is 0).</param>
/// <param name="Parent">The operation that created it.</param>
/// <param name="Point">The scheduling point it waits at: its next step begins there.</param>
/// <param name="State">The state a declared read or write names, else null.</param>
public readonly record struct PendingStep(ulong Id, ulong Parent, PointKind Point, string? State);

/// <summary>Takes Coyote's scheduling decisions.</summary>
public interface IDecisionMaker
{
    /// <summary>Picks, among <paramref name="enabled"/>, the operation to run next; <paramref name="current"/> is the one that reached the point.</summary>
    ulong Choose(IReadOnlyList<PendingStep> enabled, ulong current);
}

/// <summary>The reducer Coyote calls; public and unsealed because <see cref="DispatchProxy"/> derives from it.</summary>
public class DecisionProxy : DispatchProxy
{
    internal IDecisionMaker? Maker { get; set; }

    /// <inheritdoc/>
    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        if (targetMethod?.Name != "ReduceOperations" || args is not [System.Collections.IEnumerable ops, { } current])
        {
            return null;
        }

        var operations = ops.Cast<object>().ToList();
        var steps = operations.Select(SchedulerDoor.Describe).ToList();
        var chosen = Maker!.Choose(steps, SchedulerDoor.Describe(current).Id);
        var index = steps.FindIndex(step => step.Id == chosen);
        return SchedulerDoor.Only(operations[index < 0 ? 0 : index]);
    }
}
