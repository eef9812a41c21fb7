using System.Reflection;
using StressMaps.Harness.Targets.Operations;
using StressMaps.Harness.Targets;

namespace StressMaps.Harness.Targets.Loading;

/// <summary>
/// The members that can make an instance of a type, in the order StressMaps prefers them: public constructors
/// taking arguments (fewest parameters first), public static methods of the type returning it, then the
/// parameterless constructor. Each comes with the first parameter no domain can fill, if any.
/// </summary>
internal static class ConstructionCandidates
{
    /// <summary>A member that may make an instance.</summary>
    internal sealed record Candidate(ConstructionKind Kind, MethodBase Member, ParameterInfo[] Parameters)
    {
        /// <summary>The first parameter no argument domain fills, as <c>parameter 'clock' (IClock)</c>, or null.</summary>
        public string? Blocker => Parameters
            .Where(parameter => ArgumentDomains.Unsupported(parameter.ParameterType) is not null)
            .Select(parameter => $"parameter '{parameter.Name}' ({CSharpName.Of(parameter.ParameterType)}) of {Signature}")
            .FirstOrDefault();

        /// <summary>The member as C# declares it: <c>BoundedCache(int capacity)</c>, <c>Registry.Create()</c>.</summary>
        public string Signature => $"{Callee}({string.Join(", ", Parameters.Select(parameter => $"{CSharpName.Of(parameter.ParameterType)} {parameter.Name}"))})";

        /// <summary>What a call names: <c>new BoundedCache</c>, <c>Registry.Create</c>.</summary>
        public string Callee => Member is ConstructorInfo ? $"new {CSharpName.Of(Member.DeclaringType!)}" : $"{CSharpName.Of(Member.DeclaringType!)}.{Member.Name}";
    }

    /// <summary>Every candidate of <paramref name="type"/>, preferred first.</summary>
    public static IReadOnlyList<Candidate> Of(Type type)
    {
        var constructors = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance);
        var withArguments = constructors.Where(constructor => constructor.GetParameters().Length > 0)
            .Select(constructor => new Candidate(ConstructionKind.Constructor, constructor, constructor.GetParameters()));
        var factories = type.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(method => !method.IsSpecialName && !method.IsGenericMethodDefinition && type.IsAssignableFrom(method.ReturnType))
            .Select(method => new Candidate(ConstructionKind.StaticFactory, method, method.GetParameters()));
        var parameterless = constructors.Where(constructor => constructor.GetParameters().Length == 0)
            .Select(constructor => new Candidate(ConstructionKind.Parameterless, constructor, []));
        return withArguments.OrderBy(candidate => candidate.Parameters.Length).ThenBy(candidate => candidate.Signature, StringComparer.Ordinal)
            .Concat(factories.OrderBy(candidate => candidate.Parameters.Length).ThenBy(candidate => candidate.Signature, StringComparer.Ordinal))
            .Concat(parameterless)
            .ToList();
    }

    /// <summary>The public static methods named <paramref name="method"/> on <paramref name="declaring"/> that return a <paramref name="type"/>.</summary>
    public static IReadOnlyList<Candidate> Factories(Type declaring, string method, Type type) =>
        declaring.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(candidate => candidate.Name == method && !candidate.IsGenericMethodDefinition && type.IsAssignableFrom(candidate.ReturnType))
            .OrderBy(candidate => candidate.GetParameters().Length)
            .Select(candidate => new Candidate(ConstructionKind.Factory, candidate, candidate.GetParameters()))
            .ToList();
}
