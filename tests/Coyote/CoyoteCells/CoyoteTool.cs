using System.Diagnostics;
using StressMaps.Tests.Cli;

namespace StressMaps.Tests.CoyoteCells;

/// <summary>Runs Coyote's own command line (the repository's local tool) as a user would, from the repository root.</summary>
public static class CoyoteTool
{
    /// <summary>The repository root: the folder above the test's output that holds StressMaps.sln.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The rewritten cells assembly in its project's own output folder (Coyote needs its .deps.json).</summary>
    public static string CellsAssembly { get; } = Path.Combine(
        RepositoryRoot, "src", "CoyoteCells", "bin", new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name, "net10.0", "StressMaps.CoyoteCells.dll");

    /// <summary>Runs <c>dotnet coyote ARGS</c>; returns its exit code and everything it printed.</summary>
    public static (int ExitCode, string Output) Run(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepositoryRoot };
        start.Environment["COYOTE_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.ArgumentList.Add("coyote");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var result = CliProcess.Capture(start);
        return (result.ExitCode, result.Output + result.Error);
    }

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "StressMaps.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("the tests run outside the repository: no StressMaps.sln above them");
    }
}
