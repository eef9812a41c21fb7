using StressMaps.Harness.Targets.Operations;
using StressMaps.Harness.Scenarios;

namespace StressMaps.Harness.Exploration.Execution;

/// <summary>
/// One caller of a target class: makes its calls, keeps what an operation handed it, and goes on using
/// that (<see cref="ReceivedUse"/>). It adds no scheduling point of its own between calls: a task runner does.
/// </summary>
/// <param name="model">The target's operations.</param>
/// <param name="instance">The instance every call goes to.</param>
public sealed class TargetClient(OperationModel model, object instance)
{
    /// <summary>What this caller was last handed, or null.</summary>
    public object? Received { get; private set; }

    /// <summary>The call that handed it and what it is (<c>Current() -> Dictionary&lt;string,string&gt;</c>), or null.</summary>
    public string? ReceivedFrom { get; private set; }

    /// <summary>
    /// Performs <paramref name="step"/> and returns its answer, awaiting an asynchronous member inside the caller's task.
    /// Exceptions of a use of what was handed out propagate: they are crashes.
    /// </summary>
    public Task<CallAnswer> ExecuteAsync(ScenarioOperation step) =>
        step.Kind == OperationKind.Call && OperationInvoker.Bind(model, step) is var operation && AsyncReturns.IsAsync(operation.Method.ReturnType)
            ? CallAsync(step, operation)
            : Task.FromResult(Execute(step));

    /// <summary>
    /// Performs <paramref name="step"/> and returns its answer. An asynchronous member is awaited before this returns, one call
    /// at a time as the sequential specification makes them. Exceptions of a use of what was handed out propagate: they are crashes.
    /// </summary>
    public CallAnswer Execute(ScenarioOperation step) => step.Kind == OperationKind.Call ? Call(step) : Use(step);

    private CallAnswer Use(ScenarioOperation step) => step.Kind switch
    {
        // A hand-out that returned null left nothing to use: that is an answer too, the same in every order.
        _ when Received is null => new CallAnswer("nothing held"),
        OperationKind.ReceivedLookup => ReceivedUse.Lookup(Holding(step), (step.Arguments ?? [])[0]) is var found && found is string text && text == ReceivedUse.Absent
            ? new CallAnswer(ReceivedUse.Absent)
            : AnswerText.Of(found, returnsVoid: false),
        OperationKind.ReceivedCount => AnswerText.Of(ReceivedUse.Count(Holding(step)), returnsVoid: false),
        // An enumeration's count is not judged, as for maps: a weakly consistent enumerator may see some concurrent writes.
        OperationKind.ReceivedEnumerate => new CallAnswer(ReceivedUse.Enumerate(Holding(step)).ToString(System.Globalization.CultureInfo.InvariantCulture), IsComparable: false),
        _ => throw new InvalidOperationException($"{step} is not a step over a target class."),
    };

    private CallAnswer Call(ScenarioOperation step)
    {
        var operation = OperationInvoker.Bind(model, step);
        if (AsyncReturns.IsAsync(operation.Method.ReturnType))
        {
            return CallAsync(step, operation).GetAwaiter().GetResult();
        }

        object? result;
        try
        {
            result = OperationInvoker.Invoke(model, instance, step);
        }
        catch (Exception exception) when (CallFailures.IsAnswer(exception))
        {
            return CallAnswer.Threw(exception);
        }

        return Answer(step, operation, result);
    }

    private async Task<CallAnswer> CallAsync(ScenarioOperation step, TargetOperation operation)
    {
        object? result;
        try
        {
            result = await AwaitedResult.OfAsync(OperationInvoker.Invoke(model, instance, step), operation.Method.ReturnType);
        }
        catch (Exception exception) when (CallFailures.IsAnswer(exception))
        {
            return CallAnswer.Threw(exception);
        }

        return Answer(step, operation, result);
    }

    private CallAnswer Answer(ScenarioOperation step, TargetOperation operation, object? result)
    {
        if (operation.HandOut != HandOutKind.None && result is not null)
        {
            Received = result;
            ReceivedFrom = $"{step} -> {CSharpName.Of(result.GetType())}";
        }

        var declared = operation.Method.ReturnType;
        var returnsNothing = operation.Kind == MemberKind.Setter || declared == typeof(void) || declared == typeof(Task) || declared == typeof(ValueTask);
        return AnswerText.Of(result, returnsNothing);
    }

    private object Holding(ScenarioOperation step) =>
        Received ?? throw new InvalidOperationException($"{step}: this task holds nothing handed out.");
}
