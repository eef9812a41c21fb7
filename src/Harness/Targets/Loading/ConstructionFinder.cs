using System.Globalization;
using System.Reflection;
using StressMaps.Harness.Targets.Operations;
using StressMaps.Harness.Targets;
using StressMaps.Status;

namespace StressMaps.Harness.Targets.Loading;

/// <summary>
/// Finds how to make fresh instances of a target: the user's <c>--factory</c>, else a public constructor or static
/// factory whose parameters all take domain values, else the parameterless constructor. Argument values are tried
/// in order until one makes an instance; those that throw are said. A recorded construction (a bundle's) is bound back as it was.
/// </summary>
public static class ConstructionFinder
{
    // Sizes a capacity may require, tried after the user's integers: a constructor that refuses -1..2 often takes these.
    private static readonly long[] Sizes = [3, 4, 8, 16];
    private const int MaxTriesPerMember = 32;

    /// <summary>
    /// How to make <paramref name="type"/>. Throws <see cref="TargetRejectedException"/> in one line naming what
    /// blocks it and how to write a factory.
    /// </summary>
    public static TargetFactory Find(Type type, DomainOptions domains, string? factory = null, TargetConstruction? recorded = null, bool preferParameterless = false)
    {
        if (recorded is not null)
        {
            return Rebind(type, recorded);
        }

        var candidates = factory is null ? ConstructionCandidates.Of(type) : NamedFactory(type, factory);
        if (preferParameterless)
        {
            candidates = candidates.OrderBy(candidate => candidate.Kind == ConstructionKind.Parameterless ? 0 : 1).ToList();
        }

        var values = domains with { Integers = domains.Integers.Concat(Sizes).Distinct().ToList() };
        var refused = new List<string>();
        foreach (var candidate in candidates.Where(candidate => candidate.Blocker is null))
        {
            foreach (var arguments in Combinations(candidate.Parameters.Select(parameter => ArgumentDomains.For(parameter.ParameterType, values)).ToList()).Take(MaxTriesPerMember))
            {
                var construction = Describe(type, candidate, arguments);
                try
                {
                    Invoke(candidate.Member, candidate.Parameters, arguments);
                }
                catch (Exception error) when (error is not OutOfMemoryException)
                {
                    refused.Add($"{construction.Text} threw {error.GetType().Name}: {error.Message.Split('\n')[0].Trim()}");
                    continue;
                }

                var made = construction with { Refused = refused };
                return new TargetFactory(made, new Maker(candidate.Member, candidate.Parameters, arguments).Make);
            }
        }

        throw new TargetRejectedException(CannotMake(type, candidates, refused, factory));
    }

    /// <summary>Makes an instance through <paramref name="member"/>, on the status board so a watchdog can name a constructor that never returns.</summary>
    internal static object Invoke(MethodBase member, ParameterInfo[] parameters, IReadOnlyList<ArgumentValue> arguments)
    {
        var values = parameters.Length == 0 ? [] : Values(parameters, arguments);
        var slot = StatusBoard.Begin("the constructor");
        try
        {
            return (member is ConstructorInfo constructor
                ? constructor.Invoke(BindingFlags.DoNotWrapExceptions, binder: null, values, CultureInfo.InvariantCulture)
                : member.Invoke(null, BindingFlags.DoNotWrapExceptions, binder: null, values, CultureInfo.InvariantCulture))
                ?? throw new InvalidOperationException($"{member.Name} returned null");
        }
        finally
        {
            StatusBoard.End(slot);
        }
    }

    private static object?[] Values(ParameterInfo[] parameters, IReadOnlyList<ArgumentValue> arguments) =>
        parameters.Select((parameter, i) => arguments[i].ToObject(parameter.ParameterType)).ToArray();

    // One way to call the member for a run and for its replay alike: the harness is rewritten with field-level
    // interleaving, so two closures reading different fields would give the two runs different scheduling points.
    // It reads one field per instance made (a record's properties are accessors, which are not interleaved), as the
    // parameterless construction before it did: a run's first scheduling steps stay where they were.
    private sealed class Maker(MethodBase member, ParameterInfo[] parameters, IReadOnlyList<ArgumentValue> arguments)
    {
        private readonly MemberCall _call = new(member, parameters, arguments);

        public object Make() => Invoke(_call.Member, _call.Parameters, _call.Arguments);
    }

    private sealed record MemberCall(MethodBase Member, ParameterInfo[] Parameters, IReadOnlyList<ArgumentValue> Arguments);

    private static TargetFactory Rebind(Type type, TargetConstruction recorded)
    {
        if (!recorded.IsReplayable)
        {
            throw new TargetRejectedException($"{CSharpName.Of(type)} was made by a test's lambda; {recorded.Note ?? "replay from the test"} (StressMapsTest.Replay(bundlePath, factory))");
        }

        var declaring = recorded.DeclaringType == TypeNames.DefinitionName(type) ? type : TypeNames.Resolve(type, recorded.DeclaringType);
        var candidate = (recorded.Member == ".ctor" ? ConstructionCandidates.Of(declaring) : ConstructionCandidates.Factories(declaring, recorded.Member, type))
            .FirstOrDefault(candidate => candidate.Member.Name == recorded.Member
                && candidate.Parameters.Select(parameter => CSharpName.Of(parameter.ParameterType)).SequenceEqual(recorded.Parameters))
            ?? throw new TargetRejectedException($"{CSharpName.Of(declaring)} no longer has {recorded.Member}({string.Join(", ", recorded.Parameters)}), which made the recorded instances");
        return new TargetFactory(recorded, new Maker(candidate.Member, candidate.Parameters, recorded.Arguments).Make);
    }

    private static IReadOnlyList<ConstructionCandidates.Candidate> NamedFactory(Type type, string factory)
    {
        var dot = factory.LastIndexOf('.');
        if (dot <= 0 || dot == factory.Length - 1)
        {
            throw new TargetRejectedException($"--factory takes Type.Method (a public static method returning {CSharpName.Of(type)}); got '{factory}'");
        }

        var declaring = TypeNames.Resolve(type, factory[..dot]);
        var found = ConstructionCandidates.Factories(declaring, factory[(dot + 1)..], type);
        return found.Count > 0
            ? found
            : throw new TargetRejectedException($"--factory {factory}: {CSharpName.Of(declaring)} has no public static method {factory[(dot + 1)..]} returning {CSharpName.Of(type)}");
    }

    private static TargetConstruction Describe(Type type, ConstructionCandidates.Candidate candidate, IReadOnlyList<ArgumentValue> arguments)
    {
        var named = candidate.Parameters.Select((parameter, i) => $"{parameter.Name}: {arguments[i]}");
        return new TargetConstruction(
            candidate.Kind,
            TypeNames.DefinitionName(candidate.Member.DeclaringType!),
            candidate.Member is ConstructorInfo ? ".ctor" : candidate.Member.Name,
            candidate.Parameters.Select(parameter => CSharpName.Of(parameter.ParameterType)).ToList(),
            arguments,
            $"{candidate.Callee}({string.Join(", ", named)})");
    }

    private static string CannotMake(Type type, IReadOnlyList<ConstructionCandidates.Candidate> candidates, List<string> refused, string? factory)
    {
        var name = CSharpName.Of(type);
        var how = $"write a public static method that builds one, e.g. public static {name} Create() => new {name}(...), and pass --factory {TypeNames.DefinitionName(type)}.Create";
        if (refused.Count > 0)
        {
            return $"{name} cannot be made: every construction tried threw ({string.Join("; ", refused.Take(4))}{(refused.Count > 4 ? $"; {refused.Count - 4} more" : "")}); pass --integers or --keys with values it accepts, or {how}";
        }

        var blocker = candidates.Select(candidate => candidate.Blocker).FirstOrDefault(text => text is not null);
        return blocker is null
            ? $"{name} cannot be made: it has no public constructor or static factory{(factory is null ? "" : $" named by --factory {factory}")}; {how}"
            : $"{name} cannot be made: StressMaps cannot pass {blocker} (it passes string, bool, integer, char and enum arguments); {how}";
    }

    private static IEnumerable<IReadOnlyList<ArgumentValue>> Combinations(IReadOnlyList<IReadOnlyList<ArgumentValue>> domains)
    {
        if (domains.Count == 0)
        {
            yield return [];
            yield break;
        }

        foreach (var rest in Combinations(domains.Skip(1).ToList()))
        {
            foreach (var first in domains[0])
            {
                yield return [first, .. rest];
            }
        }
    }
}
