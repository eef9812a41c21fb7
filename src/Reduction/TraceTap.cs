using System.Linq.Expressions;
using System.Reflection;

namespace StressMaps.Reduction;

/// <summary>
/// Hands out the steps of Coyote's own trace as the scheduler takes them, through the same door as
/// <see cref="SchedulerDoor"/>: one more schedule reducer that reduces nothing (it returns no operation,
/// and Coyote then keeps them all, so the schedule explored is the same), and at every decision passes on
/// the steps its scheduler's trace gained since. <see cref="CatchUp"/> passes them on between decisions.
/// The decision the scheduler takes at a point is added to its trace after the reducers run, so it is
/// passed on at the next decision, or at the next <see cref="CatchUp"/>.
/// </summary>
public sealed class TraceTap
{
    private static readonly Assembly CoyoteCore = typeof(Microsoft.Coyote.Runtime.SchedulingPoint).Assembly;
    private static readonly Type OperationType = CoyoteCore.GetType("Microsoft.Coyote.Runtime.ControlledOperation", throwOnError: true)!;
    private static readonly Type ReducerType = CoyoteCore.GetType("Microsoft.Coyote.Runtime.IScheduleReducer", throwOnError: true)!;

    private readonly object _gate = new();
    private readonly object _trace;
    private readonly Func<object, int> _length;
    private readonly Func<object, int, object> _step;
    private readonly Action<uint> _iteration;
    private readonly Action<string> _onStep;
    private int _passed;

    private TraceTap(object trace, Action<uint> iteration, Action<string> onStep)
    {
        _trace = trace;
        _iteration = iteration;
        _onStep = onStep;
        var type = trace.GetType();
        var target = Expression.Parameter(typeof(object));
        var index = Expression.Parameter(typeof(int));
        var typed = Expression.Convert(target, type);
        _length = Expression.Lambda<Func<object, int>>(Expression.Property(typed, "Length"), target).Compile();
        var indexer = type.GetProperty("Item", BindingFlags.Instance | BindingFlags.NonPublic)!;
        _step = Expression.Lambda<Func<object, int, object>>(Expression.Convert(Expression.Property(typed, indexer, index), typeof(object)), target, index).Compile();
    }

    /// <summary>
    /// Taps <paramref name="engine"/> (Coyote's <c>TestingEngine</c>): <paramref name="iteration"/> hears each
    /// schedule start, <paramref name="onStep"/> each step of its trace, in order.
    /// </summary>
    public static TraceTap Install(object engine, Action<uint> iteration, Action<string> onStep)
    {
        var scheduler = engine.GetType().GetProperty("Scheduler", BindingFlags.Instance | BindingFlags.NonPublic)?.GetValue(engine)
            ?? throw new InvalidOperationException("Coyote's engine has no scheduler to reach.");
        var trace = scheduler.GetType().GetField("Trace", BindingFlags.Instance | BindingFlags.NonPublic)?.GetValue(scheduler)
            ?? throw new InvalidOperationException("Coyote's scheduler has no trace where 1.7.11 keeps it.");
        var reducers = (System.Collections.IList)scheduler.GetType().GetField("Reducers", BindingFlags.Instance | BindingFlags.NonPublic)!.GetValue(scheduler)!;
        var tap = new TraceTap(trace, iteration, onStep);
        var proxy = DispatchProxy.Create(ReducerType, typeof(TapProxy));
        ((TapProxy)proxy).Tap = tap;
        reducers.Add(proxy);
        return tap;
    }

    /// <summary>
    /// Passes on the steps the trace gained since the last call. Safe from a thread outside the scheduler too
    /// (the journal's timer): a step being added there may not be in place yet, and is passed on next time.
    /// </summary>
    public void CatchUp()
    {
        lock (_gate)
        {
            try
            {
                for (var length = _length(_trace); _passed < length; _passed++)
                {
                    if (_step(_trace, _passed) is not { } step)
                    {
                        return;
                    }

                    _onStep(step.ToString() ?? "");
                }
            }
            catch (ArgumentOutOfRangeException)
            {
                // The trace was cleared for the next schedule, whose start (Restart) follows.
            }
        }
    }

    internal void Restart(uint iteration)
    {
        lock (_gate)
        {
            _passed = 0;
            _iteration(iteration);
        }
    }

    internal static object NoOperation() => Array.CreateInstance(OperationType, 0);
}

/// <summary>The reducer Coyote calls for a <see cref="TraceTap"/>; public and unsealed because <see cref="DispatchProxy"/> derives from it.</summary>
public class TapProxy : DispatchProxy
{
    internal TraceTap? Tap { get; set; }

    /// <inheritdoc/>
    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        switch (targetMethod?.Name)
        {
            case "InitializeNextIteration" when args is [uint iteration]:
                Tap!.Restart(iteration);
                return null;
            case "ReduceOperations":
                Tap!.CatchUp();
                return TraceTap.NoOperation();
            default:
                return null;
        }
    }
}
