using StressMaps.Harness.Exploration;
using StressMaps.Harness.Exploration.Exhaustive;
using StressMaps.Harness.Reports.Exporters;
using StressMaps.Harness.Reports.RunFiles;
using StressMaps.Harness.Verdicts;

namespace StressMaps.Tests.Reports.Exporters;

/// <summary>One fixed exhaustive run: a bug, a proved cell and a cell whose search its budget cut.</summary>
public static class SampleProofReport
{
    public static RunReport Create()
    {
        var budget = new SearchBudget(null, TimeSpan.FromSeconds(60));
        var options = new OptionsRecord(StrategyName.Exhaustive, uint.MaxValue, 20261126, 2000, 60);
        var sample = SampleReport.Create().Run;
        var run = sample with
        {
            Options = options,
            Cells =
            [
                sample.Cells[0] with { Options = options, Schedules = 3, Proof = Proof(SearchEnd.BugFound, 3, budget) },
                Cell(sample.Cells[1], "locked", VerdictKind.Proved, 12_303, Proof(SearchEnd.Exhausted, 12_303, budget)),
                Cell(sample.Cells[1], "clone", VerdictKind.Safe, 22_886, Proof(SearchEnd.BudgetReached, 22_886, budget)),
            ],
        };
        return new RunReport(run, [SampleReport.Bundle()]);
    }

    private static CellRecord Cell(CellRecord template, string map, VerdictKind verdict, int schedules, ProofRecord proof) => template with
    {
        Map = map,
        Verdict = verdict,
        Exhaustive = verdict == VerdictKind.Proved,
        Schedules = schedules,
        IterationsExplored = schedules,
        Proof = proof,
    };

    private static ProofRecord Proof(SearchEnd end, int schedules, SearchBudget budget) =>
        ProofRecord.Of(new ExhaustiveCoverage(end, schedules, 0, 19, budget, new ProofScope(true, false, false, 2000)), "writer-vs-reader");
}
