using StressMaps.Harness.Targets;
using StressMaps.Harness.Targets.Loading;

namespace StressMaps.Tests.Targets.Loading;

/// <summary>The test-only maps of tests/TestMaps, loaded as a user's assembly: rewritten into a cache under the test output.</summary>
public static class TestMaps
{
    static TestMaps()
    {
        Environment.SetEnvironmentVariable(RewrittenAssemblyCache.CacheVariable, Path.Combine(AppContext.BaseDirectory, "stressmaps-cache"));
    }

    public static string AssemblyPath { get; } = Path.Combine(AppContext.BaseDirectory, "testmaps", "StressMaps.TestMaps.dll");

    public static UserTarget Load(string name, ThreadSafetyContract contract = ThreadSafetyContract.ThreadSafe) =>
        UserTargetLoader.Load(AssemblyPath, $"StressMaps.TestMaps.{name}`2", contract);

    /// <summary>A class of tests/TestMaps that is not a map, as a target through its operation model.</summary>
    public static UserTarget LoadClass(string name, ClassTargetOptions? options = null) =>
        UserTargetLoader.Load(AssemblyPath, $"StressMaps.TestMaps.{name}", ThreadSafetyContract.ThreadSafe, options ?? ClassTargetOptions.Default);
}
