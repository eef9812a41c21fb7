using System.Reflection;
using System.Text.RegularExpressions;
using StressMaps.Harness.Targets;

namespace StressMaps.Harness.Targets.Loading;

/// <summary>
/// Turns <c>--assembly PATH --method Ns.Type.Method</c> (and <c>--methods 'Ns.Type.*'</c>) into targets: rewrites
/// a copy of the assembly (Coyote and our pass) into the cache, loads it apart and finds the methods. What
/// cannot be run as a test is a <see cref="TargetRejectedException"/> of one line.
/// </summary>
public static class ConcurrentTestLoader
{
    /// <summary>The tests <paramref name="methods"/> and <paramref name="patterns"/> name in <paramref name="assemblyPath"/>, in the order named.</summary>
    public static IReadOnlyList<Target> Load(string assemblyPath, IReadOnlyList<string> methods, IReadOnlyList<string> patterns)
    {
        var assembly = UserTargetLoader.LoadRewritten(assemblyPath, out var folder);
        var report = UnseenPassRunner.ReadReport(folder);
        var candidates = Candidates(assembly);
        var chosen = new List<MethodInfo>();
        foreach (var name in methods)
        {
            var method = candidates.FirstOrDefault(candidate => ConcurrentTest.NameOf(candidate) == name)
                ?? throw new TargetRejectedException(
                    $"method '{name}' not found in {Path.GetFileName(assemblyPath)}; closest: {string.Join(", ", TypeNameMatch.Closest(name, candidates.Select(ConcurrentTest.NameOf)))}");
            if (ConcurrentTest.InvokerOf(method, out var why) is null)
            {
                throw new TargetRejectedException($"{name} {why}");
            }

            chosen.Add(method);
        }

        foreach (var pattern in patterns)
        {
            var glob = new Regex("^" + Regex.Escape(pattern).Replace("\\*", ".*").Replace("\\?", ".") + "$", RegexOptions.CultureInvariant);
            var matched = candidates.Where(candidate => glob.IsMatch(ConcurrentTest.NameOf(candidate)) && ConcurrentTest.InvokerOf(candidate, out _) is not null).ToList();
            if (matched.Count == 0)
            {
                throw new TargetRejectedException($"--methods '{pattern}' matches no public static test method (taking nothing, returning void, Task or ValueTask) in {Path.GetFileName(assemblyPath)}");
            }

            chosen.AddRange(matched);
        }

        return chosen.Distinct().Select(method => TargetOf(method, assemblyPath, folder, report)).ToList();
    }

    /// <summary>The one test a bundle names by its full method name.</summary>
    public static Target LoadOne(string assemblyPath, string method) => Load(assemblyPath, [method], []).Single();

    private static Target TargetOf(MethodInfo method, string assemblyPath, string folder, Rewriting.PassReport report)
    {
        var invoke = ConcurrentTest.InvokerOf(method, out _)!;
        var test = new ConcurrentTest(method, invoke);
        var type = method.DeclaringType!;
        return new Target(
            $"{type.Name}.{method.Name}",
            $"{test.FullName} from {Path.GetFileName(assemblyPath)}, rewritten",
            ThreadSafetyContract.ThreadSafe,
            () => throw new InvalidOperationException("a concurrent test has no map to create"))
        {
            Test = test,
            Origin = new TargetOrigin(Path.GetFullPath(assemblyPath), test.FullName, Path.GetFileName(folder)),
            Uncontrolled = UncontrolledPrimitives.Of(type, report),
        };
    }

    // Public static methods of exported types (nested ones too); the compiler's own types are left out.
    private static List<MethodInfo> Candidates(Assembly assembly)
    {
        Type[] types;
        try
        {
            types = assembly.GetExportedTypes();
        }
        catch (ReflectionTypeLoadException error)
        {
            throw new TargetRejectedException(
                $"cannot load the types of {assembly.GetName().Name}: {error.LoaderExceptions.FirstOrDefault()?.Message ?? error.Message} (put its dependencies next to it)");
        }

        return types
            .Where(type => !type.Name.StartsWith('<'))
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(method => !method.IsSpecialName)
            .ToList();
    }
}
