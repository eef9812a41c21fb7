using StressMaps.Harness.Targets.Loading;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection;
using StressMaps.Harness.Targets;
using StressMaps.Maps;
using StressMaps.Status;

namespace StressMaps.Harness.Targets.Loading;

/// <summary>
/// Turns <c>--assembly PATH --type FULL.NAME</c> into a <see cref="UserTarget"/>: rewrites a copy of the
/// assembly into the cache, loads it apart, finds and closes the type, and checks that it can be
/// explored. Whatever cannot be explored is a <see cref="TargetRejectedException"/> of one line.
/// </summary>
public static class UserTargetLoader
{
    private static readonly Assembly[] FrameworkAssemblies =
    [
        typeof(object).Assembly,
        typeof(SortedDictionary<,>).Assembly,
        typeof(ConcurrentDictionary<,>).Assembly,
        typeof(ImmutableDictionary).Assembly,
    ];

    /// <summary>
    /// Loads <paramref name="typeName"/> from <paramref name="assemblyPath"/>, or from the framework when
    /// the path is null, as a target under <paramref name="contract"/>.
    /// </summary>
    public static UserTarget Load(string? assemblyPath, string typeName, ThreadSafetyContract contract) =>
        Load(assemblyPath, typeName, contract, ClassTargetOptions.Default);

    /// <summary>
    /// Loads <paramref name="typeName"/> as <see cref="Load(string?, string, ThreadSafetyContract)"/> does; a class
    /// that implements neither map interface becomes a target through its operation model, under <paramref name="classOptions"/>.
    /// </summary>
    public static UserTarget Load(string? assemblyPath, string typeName, ThreadSafetyContract contract, ClassTargetOptions classOptions)
    {
        string? folder = null;
        var (assemblies, where, rewritten) = assemblyPath is null
            ? (FrameworkAssemblies, "the framework (pass --assembly for a type of yours)", false)
            : ([LoadRewritten(assemblyPath, out folder)], Path.GetFileName(assemblyPath), true);
        var type = Close(ClosedTypeName.Find(assemblies, typeName, where, Find));
        var fullName = (type.IsGenericType ? type.GetGenericTypeDefinition() : type).FullName;
        var summary = rewritten ? $"{fullName} from {where}, rewritten" : $"{fullName}, framework code (not rewritten)";
        var uncontrolled = folder is null ? [] : UncontrolledPrimitives.Of(type, UnseenPassRunner.ReadReport(folder));
        var origin = new TargetOrigin(assemblyPath is null ? null : Path.GetFullPath(assemblyPath), fullName!, folder is null ? null : Path.GetFileName(folder));
        WorkerPhase.Enter(WorkerPhaseKind.PreCheck, typeName);
        var target = IsMap(type)
            ? MapOf(type, summary, contract, classOptions)
            : ClassTargetLoader.Load(type, summary, contract, classOptions);
        return new UserTarget(target with { Uncontrolled = uncontrolled, Origin = origin }, type, rewritten);
    }

    /// <summary>
    /// <paramref name="type"/>, already loaded by the caller (a user's test that names it), as a target
    /// under <paramref name="contract"/>. Its assembly must have been rewritten at build; an open generic is
    /// closed over <c>&lt;string, int&gt;</c>. Throws <see cref="TargetRejectedException"/> for what cannot be explored.
    /// </summary>
    public static UserTarget FromType(Type type, ThreadSafetyContract contract) =>
        BuiltTargetLoader.FromType(type, contract, ClassTargetOptions.Default);

    internal static Target MapOf(Type type, string summary, ThreadSafetyContract contract, ClassTargetOptions options, TargetFactory? made = null)
    {
        // A map keeps its parameterless constructor first: the map scenarios expect an empty map of default size.
        var factory = made ?? ConstructionFinder.Find(type, options.Domains, options.Factory, options.Recorded, preferParameterless: true);
        var madeBy = factory.Construction.Kind == ConstructionKind.Parameterless ? "" : $"; {factory.Construction.Describe()}";
        return new Target(ReadableName(type), summary + madeBy, contract, Factory(type, factory.Create)) { Construction = factory.Construction };
    }

    internal static Assembly LoadRewritten(string path, out string folder)
    {
        if (!File.Exists(path))
        {
            throw new TargetRejectedException($"assembly not found: {path} (check the path passed to --assembly)");
        }

        try
        {
            AssemblyName.GetAssemblyName(path);
        }
        catch (BadImageFormatException)
        {
            throw new TargetRejectedException($"{path} is not a .NET assembly (pass the .dll your project builds)");
        }

        WorkerPhase.Enter(WorkerPhaseKind.Loading, path);
        folder = RewrittenAssemblyCache.RewrittenFolderOf(path);
        var assembly = new RewrittenLoadContext(folder).LoadFromAssemblyPath(Path.Combine(folder, Path.GetFileName(path)));
        RewritingGuard.EnsureRewritten([assembly]);
        return assembly;
    }

    /// <summary>The exported type named <paramref name="typeName"/> (or its two-parameter generic); a rejection naming the closest names otherwise.</summary>
    public static Type Find(IReadOnlyList<Assembly> assemblies, string typeName, string where)
    {
        var types = assemblies.SelectMany(ExportedTypes).ToList();
        return types.FirstOrDefault(type => type.FullName == typeName)
            ?? types.FirstOrDefault(type => type.FullName == typeName + "`2")
            ?? types.FirstOrDefault(type => type.IsGenericTypeDefinition && type.FullName!.StartsWith(typeName + "`", StringComparison.Ordinal))
            ?? throw new TargetRejectedException(
                $"type '{typeName}' not found in {where}; closest: {string.Join(", ", TypeNameMatch.Closest(typeName, types.Select(type => type.FullName!)))}");
    }

    private static IEnumerable<Type> ExportedTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetExportedTypes().Where(type => type.FullName is not null);
        }
        catch (ReflectionTypeLoadException error)
        {
            throw new TargetRejectedException(
                $"cannot load the types of {assembly.GetName().Name}: {error.LoaderExceptions.FirstOrDefault()?.Message ?? error.Message} (put its dependencies next to it)");
        }
    }

    internal static Type Close(Type type)
    {
        if (type.IsGenericTypeDefinition)
        {
            type = GenericClosing.Close(type);
        }

        if (type.IsAbstract || type.IsInterface)
        {
            throw new TargetRejectedException($"{type.FullName} is {(type.IsInterface ? "an interface" : "abstract")}; name a concrete class");
        }

        return type;
    }

    /// <summary>Whether <paramref name="type"/> is a map the dedicated map scenarios explore (<c>IDictionary&lt;string,int&gt;</c> or <c>IMap&lt;string,int&gt;</c>).</summary>
    public static bool IsMap(Type type) =>
        typeof(IDictionary<string, int>).IsAssignableFrom(type) || typeof(IMap<string, int>).IsAssignableFrom(type);

    private static Func<IMap<string, int>> Factory(Type type, Func<object> construct)
    {
        Func<IMap<string, int>> create = typeof(IMap<string, int>).IsAssignableFrom(type)
            ? () => (IMap<string, int>)construct()
            : () => new DictionaryMapAdapter((IDictionary<string, int>)construct());
        IMap<string, int> probe;
        try
        {
            probe = create();
        }
        catch (Exception inner) when (inner is not OutOfMemoryException)
        {
            throw new TargetRejectedException($"the constructor of {ReadableName(type)} threw {inner.GetType().Name}: {FirstLine(inner.Message)}");
        }

        RejectReadOnly(type, probe);
        return create;
    }

    private static void RejectReadOnly(Type type, IMap<string, int> probe)
    {
        var readOnly = probe is DictionaryMapAdapter { Dictionary.IsReadOnly: true };
        var slot = StatusBoard.Begin("set(stressmaps-probe, 0)");
        try
        {
            probe.Set("stressmaps-probe", 0);
        }
        catch (NotSupportedException)
        {
            readOnly = true;
        }
        catch (Exception)
        {
            // Any other exception says the map is writable; exploring it reports the exception where it happens.
        }
        finally
        {
            StatusBoard.End(slot);
        }

        if (readOnly)
        {
            throw new TargetRejectedException($"{ReadableName(type)} is read-only (its mutators throw NotSupportedException); StressMaps explores maps that callers write");
        }
    }

    /// <summary><c>SortedDictionary&lt;string,int&gt;</c> for a closed generic, the plain name otherwise.</summary>
    public static string ReadableName(Type type) =>
        type.IsGenericType
            ? $"{type.Name[..type.Name.IndexOf('`')]}<{string.Join(",", type.GetGenericArguments().Select(ReadableName))}>"
            : type == typeof(string) ? "string" : type == typeof(int) ? "int" : type.Name;

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();
}
