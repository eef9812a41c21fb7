using System.Globalization;
using StressMaps.Harness.Reports.RunFiles;
using StressMaps.Harness.Verdicts;

namespace StressMaps.Harness.Sessions;

/// <summary>The progress line of each cell or work unit as it lands.</summary>
public static class RunProgress
{
    /// <summary><c>[3/40] lost-update × locked: bug at iteration 5 in 0.12 s, 410 it/s (ok)</c>.</summary>
    public static string Of(int done, int total, CellVerdict verdict)
    {
        var what = verdict.Outcome switch
        {
            null => $"{VerdictKind.Skipped.Word()} ({verdict.Reason})",
            { Coverage: { } coverage } => $"{coverage.Describe()}, up to {coverage.LongestSchedule} steps each",
            { BugFound: true } found => $"bug at iteration {found.FirstBugIteration}",
            var clean => $"safe after {clean.IterationsExplored} iterations",
        };
        var seconds = (verdict.Outcome?.Elapsed.TotalSeconds ?? 0).ToString("0.00", CultureInfo.InvariantCulture);
        var mark = verdict.Matches ? "ok" : "UNEXPECTED";
        var rate = (verdict.Outcome?.IterationsPerSecond ?? 0).ToString("0", CultureInfo.InvariantCulture);
        return $"[{done}/{total}] {verdict.Id.Display}: {what} in {seconds} s, {rate} it/s ({mark})";
    }

    /// <summary><c>[3/40] lost-update × locked slice 2/4: safe after 250 iterations in 0.50 s (500 it/s)</c>.</summary>
    public static string Of(int done, int total, CellRecord record)
    {
        var slice = record.Slice is { } index ? $" slice {index + 1}/{record.Slices}" : "";
        var what = record.Verdict switch
        {
            VerdictKind.Skipped => VerdictKind.Skipped.Word(),
            VerdictKind.Bug => $"bug at iteration {record.FirstBugIteration}",
            VerdictKind.Proved => record.Proof?.Claim ?? VerdictKind.Proved.Word(),
            var kind when kind.StopsTheWorker() => record.BugMessage ?? kind.Word(),
            _ => $"safe after {record.IterationsExplored} iterations",
        };
        var coverage = record.Coverage is { } counted ? $"; {counted.Summary()}" : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"[{done}/{total}] {record.Id.Display}{slice}: {what} in {record.ElapsedSeconds:0.00} s ({record.IterationsPerSecond:0} it/s){coverage}");
    }
}
