using System.Globalization;
using System.Reflection;
using StressMaps.Harness.Targets.Operations;
using StressMaps.Harness.Scenarios;

namespace StressMaps.Harness.Exploration.Execution;

/// <summary>Makes a stored call on an instance: binds the step's operation name and arguments back to the member.</summary>
public static class OperationInvoker
{
    /// <summary>
    /// Calls <paramref name="step"/> (a <see cref="OperationKind.Call"/>) on <paramref name="instance"/>. What the
    /// member throws propagates unwrapped; a step the model cannot bind is an <see cref="InvalidOperationException"/>.
    /// </summary>
    public static object? Invoke(OperationModel model, object instance, ScenarioOperation step)
    {
        var operation = Bind(model, step);
        var parameters = operation.Method.GetParameters();
        var arguments = step.Arguments ?? [];
        var values = new object?[parameters.Length];
        var next = 0;
        for (var i = 0; i < parameters.Length; i++)
        {
            // A cancellation token is not an argument a scenario draws: the call gets one that never cancels.
            values[i] = parameters[i].ParameterType == typeof(CancellationToken) ? CancellationToken.None : arguments[next++].ToObject(parameters[i].ParameterType);
        }

        return operation.Method.Invoke(instance, BindingFlags.DoNotWrapExceptions, binder: null, values, CultureInfo.InvariantCulture);
    }

    /// <summary>The operation <paramref name="step"/> calls; throws <see cref="InvalidOperationException"/> when the model has none of that name and arity.</summary>
    public static TargetOperation Bind(OperationModel model, ScenarioOperation step)
    {
        var operation = step.Member is { } name ? model.Find(name) : null;
        if (operation is null || (step.Arguments ?? []).Count != operation.Parameters.Count)
        {
            throw new InvalidOperationException(
                $"{model.TypeName} has no operation {step.Member ?? "(none)"} taking {(step.Arguments ?? []).Count} argument(s).");
        }

        return operation;
    }
}
