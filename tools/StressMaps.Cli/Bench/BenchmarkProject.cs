using System.Diagnostics;

namespace StressMaps.Cli.Bench;

/// <summary>tools/StressMaps.Benchmarks, started with <c>dotnet run</c>: the map benchmarks need the source tree.</summary>
public static class BenchmarkProject
{
    private const string ProjectPath = "tools/StressMaps.Benchmarks/StressMaps.Benchmarks.csproj";

    /// <summary>The benchmark project, found above the working folder or the tool; a <see cref="UsageException"/> outside a clone.</summary>
    public static string Find()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, ProjectPath);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new UsageException(
            $"the map benchmarks need the StressMaps source tree ({ProjectPath}); run 'stressmaps bench' inside a clone of the repository, or pass '--only overhead'.");
    }

    /// <summary>Runs the map parts in the benchmark project (a Release build of the un-rewritten maps), writing into <paramref name="output"/>.</summary>
    public static void Run(string project, bool quick, bool outOfProcess, IReadOnlyList<string> parts, string output)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false };
        foreach (var argument in new[] { "run", "-c", "Release", "--project", project, "--", "--output", output, "--only", string.Join(",", parts) })
        {
            start.ArgumentList.Add(argument);
        }

        if (quick)
        {
            start.ArgumentList.Add("--quick");
        }

        if (outOfProcess)
        {
            start.ArgumentList.Add("--out-of-process");
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start 'dotnet run' for the benchmarks");
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"the benchmark project exited with code {process.ExitCode}; its output is above");
        }
    }
}
