using System.Globalization;
using StressMaps.Harness.Scenarios;

namespace StressMaps.Harness.Oracles.Linearizability;

/// <summary>
/// Writes what an operation answered as short text, so the recorded history and the sequential model
/// compare answers with plain string equality and print them the same way.
/// </summary>
public static class OperationResults
{
    /// <summary>The answer of a write that returns nothing.</summary>
    public const string Ok = "ok";

    /// <summary>The answer of a read of a missing key.</summary>
    public const string Absent = "absent";

    /// <summary>The text of <paramref name="result"/>, the value a <see cref="Exploration.Execution.ClientCaller"/> returned for <paramref name="operation"/>.</summary>
    public static string Of(ScenarioOperation operation, object? result) => result switch
    {
        null when operation.Kind == OperationKind.Get => Absent,
        null => Ok,
        bool flag => flag ? "true" : "false",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => result.ToString() ?? Ok,
    };

    /// <summary>The text of a call that threw <paramref name="exceptionType"/>.</summary>
    public static string Threw(Type exceptionType) => $"throws {exceptionType.Name}";
}
