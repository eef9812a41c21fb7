using StressMaps.Harness.Bundles;
using StressMaps.Harness.Bundles.Shrinking;
using StressMaps.Harness.Exploration.Traces;
using StressMaps.Harness.Files;
using StressMaps.Harness.Reports.RunFiles;
using StressMaps.Harness.Verdicts;

namespace StressMaps.Harness.Sessions;

/// <summary>
/// The bundle of one bug cell rebuilt from run.json (<c>replay --cell</c>): a cell that is not its root cause's
/// smallest has no bundle file, only its trace and scenario in <c>cells[]</c>. The target comes from the root
/// cause's bundle (a root cause lives in one target); the scenario, trace, step bound and bug from the cell, as
/// found, not shrunk.
/// </summary>
public static class CellBundle
{
    /// <summary>
    /// The bundle of <paramref name="cell"/> (<c>scenario.map</c>) of the run whose run.json is <paramref name="runFile"/>,
    /// or its folder; a cell that cannot be rebuilt is an <see cref="InvalidDataException"/> of one line saying why.
    /// </summary>
    public static BugBundle From(string runFile, string cell)
    {
        var path = Directory.Exists(runFile) ? Path.Combine(runFile, OutputFolder.RunFile) : runFile;
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"'{path}' does not exist; name the run's folder or its run.json with --run.");
        }

        var run = RunDocumentJson.Deserialize(File.ReadAllText(path));
        var record = run.Cells.FirstOrDefault(candidate => candidate.Id.ToString() == cell)
            ?? throw new InvalidDataException($"run.json has no cell '{cell}'; its bug cells: {BugCells(run)}.");
        if (record.Verdict != VerdictKind.Bug || record.Trace is null)
        {
            throw new InvalidDataException($"cell '{cell}' is {VerdictKindJson.Word(record.Verdict)} with no bug trace; its bug cells: {BugCells(run)}.");
        }

        if (record.BugScenario is not { } scenario)
        {
            throw new InvalidDataException($"cell '{cell}' keeps no scenario in run.json (a run over built-in maps, or written before replay --cell): replay its bundle.");
        }

        var cause = run.Bugs?.FirstOrDefault(candidate => candidate.Cells.Contains(cell) && candidate.Bundle is not null)
            ?? throw new InvalidDataException($"cell '{cell}' belongs to no root cause with a bundle in run.json, so its target is not recorded.");
        var causeBundle = BugBundleJson.Read(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, cause.Bundle!));
        var trace = CoyoteTrace.Parse(record.Trace);
        var message = record.BugMessage ?? "(no message)";
        return causeBundle with
        {
            CreatedAt = DateTimeOffset.UtcNow,
            Cell = cell,
            Scenario = scenario,
            Trace = trace.ToElement(),
            Replay = ReplaySettings.Of(trace, record.Options.MaxSteps, record.Options.InterleaveMemoryAccesses == true),
            Verdict = new VerdictRecord(message, record.BugDetail ?? message, []) { Bug = record.Bug },
            Schedule = [],
            Shrinking = null,
            Size = new BugSize(scenario.Tasks.Count, scenario.OperationCount, trace.Steps.Count, 0),
            ReplayCommand = $"stressmaps replay --cell {cell} --times 100",
        };
    }

    private static string BugCells(RunDocument run) =>
        run.Cells.Where(candidate => candidate.Verdict == VerdictKind.Bug) is var bugs && bugs.Any()
            ? string.Join(", ", bugs.Select(candidate => candidate.Id.ToString()))
            : "none";
}
