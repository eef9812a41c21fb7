using StressMaps.Harness.Targets.Operations;
using StressMaps.Harness.Scenarios;

namespace StressMaps.Harness.Scenarios.Generation;

/// <summary>
/// The arguments of generated calls: the first parameter is the key every task shares (<c>a</c>, <c>1</c>,
/// <c>true</c>), the others differ by task (<c>b</c> and <c>c</c>, <c>1</c> and <c>2</c>), so two writes of one key are told apart.
/// </summary>
public static class CallArguments
{
    /// <summary>A call of <paramref name="operation"/> by task <paramref name="task"/> (1..) on the shared key.</summary>
    public static ScenarioOperation OnSharedKey(TargetOperation operation, int task) =>
        ScenarioOperation.Call(operation.Name, operation.Domains
            .Select((domain, i) => i == 0 && !IsSetterValue(operation, i) ? Shared(domain) : PerTask(domain, task))
            .ToArray());

    /// <summary>The shared key of <paramref name="domain"/>: its first usable value (<c>1</c> for integers).</summary>
    public static ArgumentValue Shared(IReadOnlyList<ArgumentValue> domain) => Usable(domain).First();

    /// <summary>The value task <paramref name="task"/> (1..) passes where tasks differ.</summary>
    public static ArgumentValue PerTask(IReadOnlyList<ArgumentValue> domain, int task)
    {
        var usable = Usable(domain);
        var offset = usable[0].Kind is ArgumentKind.Integer or ArgumentKind.Boolean ? task - 1 : task;
        return usable[offset % usable.Count];
    }

    // Positive integers first (a count of 0 or -1 seats adds nothing), true before false, then the domain's order.
    private static IReadOnlyList<ArgumentValue> Usable(IReadOnlyList<ArgumentValue> domain)
    {
        var values = domain.Where(value => value.Kind != ArgumentKind.Null).ToList();
        if (values.Count == 0)
        {
            return [ArgumentValue.Null];
        }

        return values[0].Kind switch
        {
            ArgumentKind.Integer => values.Where(value => long.Parse(value.Text!, System.Globalization.CultureInfo.InvariantCulture) > 0).DefaultIfEmpty(values[0]).ToList(),
            ArgumentKind.Boolean => [ArgumentValue.Of(true), ArgumentValue.Of(false)],
            _ => values,
        };
    }

    private static bool IsSetterValue(TargetOperation operation, int index) =>
        operation.Kind == MemberKind.Setter && index == operation.Parameters.Count - 1;
}
