using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;
using Spectre.Console;
using StressMaps.Harness.Documents;
using StressMaps.Cli.Inputs;
using StressMaps.Cli.Output;
using StressMaps.Harness.Matrix;
using StressMaps.Harness.RunFiles;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Stress;
using StressMaps.Harness.Targets;

namespace StressMaps.Cli.Commands;

/// <summary><c>stressmaps stress</c>: the same cells on real threads with no Coyote control; writes <c>stress.json</c>.</summary>
public static class StressCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(IAnsiConsole console)
    {
        var selection = new MatrixSelectionInputs();
        var stress = new StressInputs();
        var output = OutputInput.Create("Folder for stress.json.");
        var command = new Command(
            "stress",
            "Run every scenario on every map on real threads, with no Coyote control, and count how the runs fail.");
        selection.AddTo(command);
        stress.AddTo(command);
        command.Options.Add(output);
        command.SetAction((parsed, cancellation) => Task.FromResult(Execute(
            console,
            selection.ReadScenarios(parsed),
            selection.ReadMaps(parsed),
            stress.Read(parsed),
            parsed.GetValue(output) ?? RunCommand.DefaultOutput,
            cancellation)));
        return command;
    }

    private static int Execute(
        IAnsiConsole console,
        IReadOnlyList<Scenario> scenarios,
        IReadOnlyList<MapTarget> maps,
        StressOptions options,
        string outputFolder,
        CancellationToken cancellation)
    {
        var startedAt = DateTimeOffset.UtcNow;
        var stopwatch = Stopwatch.StartNew();
        using var locks = new LockWaitListener();
        var cells = new List<StressCellRecord>();
        var total = scenarios.Count * maps.Count;
        foreach (var scenario in scenarios)
        {
            foreach (var map in maps)
            {
                cancellation.ThrowIfCancellationRequested();
                var expectation = ExpectationTable.For(scenario, map).Expectation;
                var outcome = expectation == Expectation.NotApplicable
                    ? null
                    : StressRunner.RunCell(scenario, map, options, locks, cancellation);
                var cell = StressCellRecord.From(scenario.Name, map.Name, RunDocumentBuilder.ExpectationName(expectation), outcome);
                cells.Add(cell);
                Console.Error.WriteLine(Progress(cells.Count, total, cell));
            }
        }

        var document = new StressDocument
        {
            ToolVersion = typeof(StressCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "unknown",
            StartedAt = startedAt,
            ElapsedSeconds = stopwatch.Elapsed.TotalSeconds,
            Machine = new MachineRecord(Environment.ProcessorCount, RuntimeInformation.OSDescription, RuntimeInformation.FrameworkDescription),
            Runs = options.Runs,
            TimeBudgetSeconds = options.TimeBudget?.TotalSeconds,
            RunTimeoutSeconds = options.EffectiveRunTimeout.TotalSeconds,
            Cells = cells,
        };
        var file = Path.Combine(outputFolder, "stress.json");
        AtomicFile.WriteAllText(file, System.Text.Json.JsonSerializer.Serialize(document, RunDocumentJson.Options));
        StressTable.Write(console, document);
        console.MarkupLine(Markup.Escape($"Wrote {file}"));

        // Stress testing missing a bug is the expected weakness it is measured for; a failure where
        // exploration proves there is none is not.
        return cells.Any(cell => cell is { Expectation: "safe-expected", FailedRuns: > 0 }) ? ExitCodes.UnexpectedBug : ExitCodes.Success;
    }

    private static string Progress(int done, int total, StressCellRecord cell)
    {
        var what = cell.Runs == 0 ? "skipped"
            : cell.FailedRuns == 0 ? $"no failure in {cell.Runs} runs"
            : $"{cell.FailedRuns} of {cell.Runs} runs failed, first at run {cell.FirstFailingRun} ({cell.FirstFailure})";
        var seconds = cell.ElapsedSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        return $"[{done}/{total}] {cell.Scenario} × {cell.Map}: {what} in {seconds} s";
    }
}
