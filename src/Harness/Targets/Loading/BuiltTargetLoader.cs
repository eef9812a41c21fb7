using StressMaps.Harness.Targets;
using StressMaps.Harness.Targets.Operations;

namespace StressMaps.Harness.Targets.Loading;

/// <summary>
/// Targets whose assembly was rewritten at build (a test project referencing StressMaps.Testing): a type the test names,
/// made by a lambda of the test or as <see cref="ConstructionFinder"/> finds; and the same type loaded again by replay, as it is.
/// </summary>
public static class BuiltTargetLoader
{
    /// <summary>
    /// <paramref name="type"/> as a target (a map through the map scenarios, any other class through its operations),
    /// made by <paramref name="factory"/> when given. Throws <see cref="TargetRejectedException"/> for what cannot be explored.
    /// </summary>
    public static UserTarget FromType(Type type, ThreadSafetyContract contract, ClassTargetOptions options, Func<object>? factory = null)
    {
        var closed = UserTargetLoader.Close(type);
        var rewritten = RewritingGuard.IsRewritten(closed.Assembly);
        var fullName = TypeNames.DefinitionName(closed);
        var where = Path.GetFileName(closed.Assembly.Location);
        var summary = rewritten ? $"{fullName} from {where}, rewritten at build" : $"{fullName} from {where}, not rewritten";
        var made = factory is null ? null : FromLambda(closed, factory);
        var target = UserTargetLoader.IsMap(closed)
            ? UserTargetLoader.MapOf(closed, summary, contract, options, made)
            : ClassTargetLoader.Load(closed, summary, contract, options, made);
        var origin = new TargetOrigin(closed.Assembly.Location, fullName, RewrittenCacheKey: null) { RewrittenAtBuild = rewritten };
        return new UserTarget(target with { Origin = origin }, closed, rewritten);
    }

    /// <summary>The type <paramref name="typeName"/> of the assembly at <paramref name="path"/>, loaded as it is (it was rewritten at build).</summary>
    public static UserTarget Load(string path, string typeName, ThreadSafetyContract contract, ClassTargetOptions options)
    {
        var assembly = new RewrittenLoadContext(Path.GetDirectoryName(Path.GetFullPath(path))!).LoadFromAssemblyPath(Path.GetFullPath(path));
        RewritingGuard.EnsureRewritten([assembly]);
        var type = ClosedTypeName.Find([assembly], typeName, Path.GetFileName(path), UserTargetLoader.Find);
        return FromType(type, contract, options);
    }

    private static TargetFactory FromLambda(Type type, Func<object> factory)
    {
        var name = CSharpName.Of(type);
        object Create() => factory() ?? throw new InvalidOperationException($"the test's factory of {name} returned null");
        try
        {
            Create();
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            throw new TargetRejectedException($"the test's factory of {name} threw {error.GetType().Name}: {error.Message.Split('\n')[0].Trim()}");
        }

        var construction = new TargetConstruction(ConstructionKind.Lambda, TypeNames.DefinitionName(type), "lambda", [], [], $"the test's factory of {name}")
        {
            Note = "replay from the test",
        };
        return new TargetFactory(construction, Create);
    }
}
