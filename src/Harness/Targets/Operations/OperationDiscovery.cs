using System.Collections;
using System.Reflection;

namespace StressMaps.Harness.Targets.Operations;

/// <summary>
/// Finds a class's operations by reflection: its public instance methods and readable or writable
/// properties, declared on it and its bases but not <see cref="object"/>, whose parameters are all of
/// supported kinds (<see cref="ArgumentDomains.Unsupported"/>; a <see cref="CancellationToken"/> gets <see cref="CancellationToken.None"/>),
/// synchronous or asynchronous. Every other public member is skipped with its reason.
/// </summary>
public static class OperationDiscovery
{
    private const BindingFlags Public = BindingFlags.Public | BindingFlags.Instance;

    /// <summary>The operation model of <paramref name="type"/>, its arguments drawn from <paramref name="domains"/>.</summary>
    public static OperationModel Discover(Type type, DomainOptions domains)
    {
        var found = new List<(string Member, MemberKind Kind, MethodInfo Method, ParameterInfo[] Parameters)>();
        var skipped = new List<SkippedMember>();
        foreach (var property in type.GetProperties(Public).Where(property => !IsObjects(property.GetMethod ?? property.SetMethod)))
        {
            AddAccessor(property, property.GetMethod, MemberKind.Getter, found, skipped);
            AddAccessor(property, property.SetMethod, MemberKind.Setter, found, skipped);
        }

        foreach (var method in type.GetMethods(Public).Where(method => !method.IsSpecialName && !IsObjects(method)))
        {
            if (SkipReason(method) is { } reason)
            {
                skipped.Add(new SkippedMember(SignatureOf(method.Name, method.GetParameters()), reason) { WritesState = !EndsLife(method) && StateWrites.Of(method) });
            }
            else
            {
                found.Add((method.Name, MemberKind.Method, method, Given(method.GetParameters())));
            }
        }

        var overloaded = found.GroupBy(entry => (entry.Member, entry.Kind)).Where(group => group.Count() > 1).Select(group => group.Key).ToHashSet();
        var operations = found
            .Select(entry => Operation(entry.Member, entry.Kind, entry.Method, entry.Parameters, overloaded.Contains((entry.Member, entry.Kind)), domains))
            .OrderBy(operation => operation.Name, StringComparer.Ordinal)
            .ToList();
        var typeName = type.IsGenericType ? $"{type.Namespace}.{CSharpName.Of(type)}" : type.FullName ?? type.Name;
        return new OperationModel(typeName, operations, skipped.OrderBy(member => member.Signature, StringComparer.Ordinal).ToList());
    }

    private static void AddAccessor(
        PropertyInfo property,
        MethodInfo? accessor,
        MemberKind kind,
        List<(string, MemberKind, MethodInfo, ParameterInfo[])> found,
        List<SkippedMember> skipped)
    {
        if (accessor is not { IsPublic: true } || accessor.IsStatic)
        {
            return;
        }

        var parameters = accessor.GetParameters();
        var reason = parameters.Select(parameter => ArgumentDomains.Unsupported(parameter.ParameterType)).FirstOrDefault(text => text is not null);
        if (reason is null)
        {
            found.Add((property.Name, kind, accessor, parameters));
        }
        else
        {
            var name = property.GetIndexParameters().Length > 0 ? $"this[{string.Join(",", property.GetIndexParameters().Select(p => CSharpName.Of(p.ParameterType)))}]" : property.Name;
            skipped.Add(new SkippedMember(kind == MemberKind.Setter ? $"{name} (setter)" : name, kind == MemberKind.Setter && parameters.Length == 1 ? $"value of type {CSharpName.Of(property.PropertyType)}" : reason)
            {
                WritesState = StateWrites.Of(accessor),
            });
        }
    }

    private static TargetOperation Operation(
        string member, MemberKind kind, MethodInfo method, ParameterInfo[] parameters, bool overloaded, DomainOptions domains)
    {
        var types = parameters.Select(parameter => CSharpName.Of(parameter.ParameterType)).ToList();
        var baseName = kind == MemberKind.Setter ? $"set_{member}" : member;
        var name = overloaded ? $"{baseName}({string.Join(",", types)})" : baseName;
        var returns = kind == MemberKind.Setter ? typeof(void) : method.ReturnType;
        return new TargetOperation(
            name,
            member,
            kind,
            types,
            parameters.Select(parameter => ArgumentDomains.For(parameter.ParameterType, domains)).ToList(),
            CSharpName.Of(returns),
            HandOutOf(returns),
            method);
    }

    /// <summary>What a member returning <paramref name="type"/> hands out: a dictionary, another collection, or nothing to go on using.</summary>
    public static HandOutKind HandOutOf(Type type)
    {
        if (type == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(type))
        {
            return HandOutKind.None;
        }

        var dictionary = typeof(IDictionary).IsAssignableFrom(type) || type.GetInterfaces().Append(type).Any(candidate =>
            candidate.IsGenericType && candidate.GetGenericTypeDefinition() is var definition
            && (definition == typeof(IDictionary<,>) || definition == typeof(IReadOnlyDictionary<,>)));
        return dictionary ? HandOutKind.Dictionary : HandOutKind.Collection;
    }

    private static string? SkipReason(MethodInfo method)
    {
        if (method.IsGenericMethodDefinition)
        {
            return "generic method";
        }

        if (method.GetParameters().Any(parameter => parameter.IsOut))
        {
            return "out parameter";
        }

        if (Given(method.GetParameters()).Select(parameter => ArgumentDomains.Unsupported(parameter.ParameterType)).FirstOrDefault(text => text is not null) is { } parameter)
        {
            return parameter;
        }

        var returns = method.ReturnType;
        if (returns.IsByRef || returns.IsByRefLike || returns.IsPointer)
        {
            return $"returns {CSharpName.Of(returns)}, which cannot be kept";
        }

        if (typeof(IEnumerator).IsAssignableFrom(returns))
        {
            return "returns an enumerator, not a collection";
        }

        return EndsLife(method) ? "ends the instance's life; callers do not race it" : null;
    }

    // Dispose ends the instance's life: leaving it out leaves no verdict partial.
    private static bool EndsLife(MethodInfo method) => method.Name == nameof(IDisposable.Dispose) && method.GetParameters().Length == 0;

    /// <summary>The parameters a call's arguments fill: all but a <see cref="CancellationToken"/>, which is given <see cref="CancellationToken.None"/>.</summary>
    public static ParameterInfo[] Given(ParameterInfo[] parameters) =>
        parameters.Where(parameter => parameter.ParameterType != typeof(CancellationToken)).ToArray();

    private static bool IsObjects(MethodInfo? method) => method is null || method.GetBaseDefinition().DeclaringType == typeof(object);

    private static string SignatureOf(string name, ParameterInfo[] parameters) =>
        $"{name}({string.Join(",", parameters.Select(parameter => (parameter.IsOut ? "out " : parameter.ParameterType.IsByRef ? "ref " : "") + CSharpName.Of(parameter.ParameterType)))})";
}
