using StressMaps.Harness.Reports.RunFiles;
using StressMaps.Harness.Verdicts;

namespace StressMaps.Tests.Cli;

/// <summary>The default run tries a proof of each built-in cell first (<c>--proof-first</c>), and says which cells it proved.</summary>
public class ProofFirstCommandTests
{
    [Fact]
    public void TheDefaultRunProvesTheSafeCellSamplesTheBugAndSaysSo()
    {
        var output = Path.Combine(Path.GetTempPath(), $"stressmaps-test-{Guid.NewGuid():N}");
        try
        {
            var result = CliProcess.Run("run", "-c", "writer-vs-reader", "-m", "unsafe,clone", "--no-shrink", "-o", output);

            Assert.True(result.ExitCode == 0, result.Output + result.Error);
            Assert.Contains("proved ✓", result.Output);
            Assert.Contains("Proof first: 1 of 1 safe cells proved", result.Output);
            var run = RunDocumentJson.Deserialize(File.ReadAllText(Path.Combine(output, "run.json")));
            Assert.Equal(10_000u, run.Options.ProofFirstSchedules);
            var (unsafeCell, cloneCell) = (run.Cells.Single(cell => cell.Map == "unsafe"), run.Cells.Single(cell => cell.Map == "clone"));
            Assert.Equal((VerdictKind.Bug, false), (unsafeCell.Verdict, unsafeCell.Exhaustive));
            Assert.Equal((VerdictKind.Proved, true, "exhausted"), (cloneCell.Verdict, cloneCell.Exhaustive, cloneCell.Proof!.End));
            Assert.InRange(cloneCell.Schedules, 1, 2000);
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }

    [Fact]
    public void WithProofFirstZeroTheRunSamplesAsBefore()
    {
        var output = Path.Combine(Path.GetTempPath(), $"stressmaps-test-{Guid.NewGuid():N}");
        try
        {
            var result = CliProcess.Run("run", "-c", "writer-vs-reader", "-m", "clone", "-i", "20", "--proof-first", "0", "-o", output);

            Assert.True(result.ExitCode == 0, result.Output + result.Error);
            Assert.Contains("Sampled: strategy portfolio, up to 20 schedules per cell", result.Output);
            var run = RunDocumentJson.Deserialize(File.ReadAllText(Path.Combine(output, "run.json")));
            Assert.Null(run.Options.ProofFirstSchedules);
            Assert.Equal((VerdictKind.Safe, 20), (run.Cells[0].Verdict, run.Cells[0].IterationsExplored));
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }

    [Theory]
    [InlineData("--exhaustive", "--proof-first", "5")]
    [InlineData("--proof-first", "-1")]
    public void AProofFirstBudgetWithExhaustiveOrBelowZeroIsOneLineAndExitOne(params string[] arguments)
    {
        var result = CliProcess.Run(["run", "-c", "writer-vs-reader", "-m", "clone", .. arguments]);

        Assert.True(result.ExitCode == 1, result.Output + result.Error);
        Assert.Single(result.ErrorLines);
        Assert.Contains("--proof-first", result.Error);
    }
}
