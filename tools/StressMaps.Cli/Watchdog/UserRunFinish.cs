using Spectre.Console;
using StressMaps.Cli.Commands;
using StressMaps.Cli.Output;
using StressMaps.Harness.Bundles;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.RunFiles;

namespace StressMaps.Cli.Watchdog;

/// <summary>Ends a watched user-target run: run.json (always), the matrix, the reports, why each bug is one, and the exit code.</summary>
internal static class UserRunFinish
{
    /// <summary>Writes everything for <paramref name="state"/>; returns the exit code its verdicts call for.</summary>
    public static int Write(
        IAnsiConsole console,
        UserRunState state,
        ExplorationOptions options,
        DateTimeOffset startedAt,
        TimeSpan elapsed,
        string outputFolder,
        RunCommand.RunExtras extras,
        bool failed)
    {
        // A bundle is linked once its file exists: a worker killed before writing it leaves none.
        var cells = state.Cells
            .Select(cell => state.Bundles.TryGetValue(UserRunState.NameOf(cell), out var bundle) && File.Exists(Path.Combine(outputFolder, bundle)) ? cell with { Bundle = bundle } : cell)
            .ToList();
        var run = RunDocumentBuilder.Build(options, [], startedAt, elapsed, state.Partial || failed) with { Cells = cells };
        var runFile = Path.Combine(outputFolder, "run.json");
        RunDocumentJson.Write(runFile, run);
        MatrixTable.Write(console, run);
        console.MarkupLine(Markup.Escape($"Wrote {runFile}"));
        var bundles = cells.Where(cell => cell.Bundle is not null).Select(cell => ReadBundle(Path.Combine(outputFolder, cell.Bundle!))).OfType<BugBundle>().ToList();
        ReportWriter.Write(console, run, bundles, outputFolder, extras.Formats);
        BugExplanations.Write(console, cells.Where(cell => cell.Verdict != "safe" && cell.Verdict != "skipped").ToList());
        return state.Partial ? ExitCodes.UsageError : ScaleOut.ScaleOutRun.ExitCodeOf(run);
    }

    // A bundle the worker wrote is read back for the reports; one that cannot be read is left out of them, not fatal.
    private static BugBundle? ReadBundle(string path)
    {
        try
        {
            return BugBundleJson.Read(path);
        }
        catch (InvalidDataException error)
        {
            Console.Error.WriteLine($"warning: {error.Message}");
            return null;
        }
    }
}
