using System.Reflection;
using System.Text.Json;
using Microsoft.Coyote;
using Microsoft.Coyote.Rewriting;

namespace StressMaps.Harness.Targets.Loading;

/// <summary>Rewrites assemblies for Coyote from inside the process, as <c>coyote rewrite</c> does.</summary>
/// <remarks>
/// Why reflection: Microsoft.Coyote.Test 1.7.11 keeps its rewriter internal (<c>RewritingEngine.Run</c>,
/// <c>RewritingOptions</c>, and the <c>LogWriter</c> and <c>Profiler</c> it takes); only
/// <c>RewritingEngine.IsAssemblyRewritten</c> is public. The <c>coyote</c> command-line tool calls that
/// same internal entry point, but it is a local tool of this repository, absent where a user runs
/// <c>stressmaps</c>. So this calls the entry point the tool calls, with the same JSON configuration the
/// tool reads, and nothing else. The Coyote version is pinned centrally (Directory.Packages.props), and a
/// test rewrites a real assembly through this path, so an upgrade that moves these members fails the tests
/// instead of a user's run; at run time a missing member is reported in one line, naming the version.
/// </remarks>
public static class CoyoteRewriter
{
    private const BindingFlags Internal = BindingFlags.NonPublic | BindingFlags.Public;

    /// <summary>
    /// Rewrites <paramref name="assemblyFiles"/> (file names in <paramref name="inputFolder"/>) into
    /// <paramref name="outputFolder"/>, with collection data-race checking, memory-location and
    /// concurrent-collection rewriting, resolving other references from <paramref name="searchFolders"/>.
    /// </summary>
    public static void Rewrite(string inputFolder, string outputFolder, IReadOnlyList<string> assemblyFiles, IReadOnlyList<string> searchFolders)
    {
        var configurationFile = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(inputFolder))!, "coyote-rewrite.json");
        File.WriteAllText(configurationFile, JsonSerializer.Serialize(new
        {
            AssembliesPath = Path.GetFullPath(inputFolder),
            OutputPath = Path.GetFullPath(outputFolder),
            Assemblies = assemblyFiles,
            DependencySearchPaths = searchFolders,
            IsDataRaceCheckingEnabled = true,
            IsRewritingMemoryLocations = true,
            IsRewritingConcurrentCollections = true,
        }));

        var testAssembly = typeof(RewritingEngine).Assembly;
        var coreAssembly = typeof(Configuration).Assembly;
        var optionsType = Find(testAssembly, "Microsoft.Coyote.Rewriting.RewritingOptions");
        var logWriterType = Find(coreAssembly, "Microsoft.Coyote.Logging.LogWriter");
        var profilerType = Find(coreAssembly, "Microsoft.Coyote.Profiler");
        var parse = optionsType.GetMethod("ParseFromJSON", Internal | BindingFlags.Static, [typeof(string)])
            ?? throw Missing("RewritingOptions.ParseFromJSON(string)");
        var run = typeof(RewritingEngine).GetMethod("Run", Internal | BindingFlags.Static, [optionsType, typeof(Configuration), logWriterType, profilerType])
            ?? throw Missing("RewritingEngine.Run(RewritingOptions, Configuration, LogWriter, Profiler)");

        var configuration = Configuration.Create().WithTelemetryEnabled(false).WithConsoleLoggingEnabled(false);
        var options = parse.Invoke(null, [configurationFile]);
        var logWriter = Activator.CreateInstance(logWriterType, Internal | BindingFlags.Instance, null, [configuration, false], null);
        var profiler = Activator.CreateInstance(profilerType, nonPublic: true);
        try
        {
            run.Invoke(null, [options, configuration, logWriter, profiler]);
        }
        catch (TargetInvocationException error) when (error.InnerException is { } inner)
        {
            throw new TargetRejectedException($"Coyote could not rewrite {string.Join(", ", assemblyFiles)}: {inner.Message.Split('\n')[0].Trim()}");
        }
    }

    private static Type Find(Assembly assembly, string name) =>
        assembly.GetType(name, throwOnError: false) ?? throw Missing(name);

    private static InvalidOperationException Missing(string member) => new(
        $"This Coyote build ({typeof(RewritingEngine).Assembly.GetName().Version}) has no {member}; StressMaps rewrites with Coyote 1.7.11.");
}
