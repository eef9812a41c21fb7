using StressMaps.Harness.Targets.Operations;
using StressMaps.Harness.Scenarios;

namespace StressMaps.Harness.Scenarios.Generation;

/// <summary>What a task does with what an operation handed it: look the shared key up, count it, enumerate it.</summary>
public static class ReceivedSteps
{
    /// <summary>The steps that use what <paramref name="handOut"/> returns: a lookup of the shared key (when its key or item type takes arguments), a count, an enumeration.</summary>
    public static IReadOnlyList<ScenarioOperation> After(TargetOperation handOut, DomainOptions domains)
    {
        var steps = new List<ScenarioOperation>();
        if (LookupKey(handOut, domains) is { } key)
        {
            steps.Add(ScenarioOperation.ReceivedLookup(key));
        }

        steps.Add(ScenarioOperation.ReceivedCount());
        steps.Add(ScenarioOperation.ReceivedEnumerate());
        return steps;
    }

    /// <summary>The shared key of the handed-out collection's key (or item) type, or null when that type takes no generated argument.</summary>
    public static ArgumentValue? LookupKey(TargetOperation handOut, DomainOptions domains)
    {
        var returned = handOut.Method.ReturnType;
        var keyType = returned.IsArray ? returned.GetElementType() : ElementType(returned);
        return keyType is not null && ArgumentDomains.Unsupported(keyType) is null && keyType != typeof(object)
            ? CallArguments.Shared(ArgumentDomains.For(keyType, domains))
            : null;
    }

    private static Type? ElementType(Type type)
    {
        var interfaces = type.GetInterfaces().Append(type).Where(candidate => candidate.IsGenericType).ToList();
        var dictionary = interfaces.FirstOrDefault(candidate => candidate.GetGenericTypeDefinition() is var definition
            && (definition == typeof(IDictionary<,>) || definition == typeof(IReadOnlyDictionary<,>)));
        var sequence = interfaces.FirstOrDefault(candidate => candidate.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return dictionary?.GetGenericArguments()[0] ?? sequence?.GetGenericArguments()[0];
    }
}
