using StressMaps.Harness.Reports.RunFiles;
using StressMaps.Harness.Targets.Loading;
using StressMaps.Harness.Verdicts;
using StressMaps.Tests.Targets.Loading;

namespace StressMaps.Tests.Cli;

/// <summary>A shard that finds a bug writes its bundle, as a whole run does, and merge keeps it in its own bugs/.</summary>
public class ShardBundleCommandTests
{
    [Fact]
    public void ShardsOfTheBuiltInMatrixWriteTheirBugsBundlesAndMergeKeepsThem()
    {
        // writer-vs-reader × unsafe is position 0 (shard 1/2), lost-update × unsafe position 1 (shard 2/2): a bug each.
        string[] matrix = ["-c", "writer-vs-reader,lost-update", "-m", "unsafe", "-i", "50", "--parallel", "1", "--no-shrink"];
        ShardsAndMerge(matrix, new Dictionary<string, string>(), expectedBundles: 2);
    }

    [Fact]
    public void ShardsOfAUserClassWriteTheirBugsBundlesAndMergeKeepsThem()
    {
        string[] run =
        [
            "--assembly", TestMaps.AssemblyPath, "--type", "StressMaps.TestMaps.TicketCounter",
            "-c", "pair-book-book-absent,pair-book-book-present", "-i", "100", "--generate", "0", "--no-shrink",
        ];
        var cache = new Dictionary<string, string> { [RewrittenAssemblyCache.CacheVariable] = Path.Combine(AppContext.BaseDirectory, "stressmaps-cache") };
        ShardsAndMerge(run, cache, expectedBundles: 1);
    }

    [Fact]
    public void ParallelWithNamedTypesIsRefusedInOneLine()
    {
        var result = CliProcess.Run("run", "--type", "System.Collections.Generic.Dictionary`2", "--parallel", "2");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("with --type, split the run with --shard I/N", Assert.Single(result.ErrorLines));
    }

    private static void ShardsAndMerge(string[] run, Dictionary<string, string> environment, int expectedBundles)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"stressmaps-shard-bundles-{Guid.NewGuid():N}");
        try
        {
            var shards = new[] { "1/2", "2/2" }.Select(shard =>
            {
                var output = Path.Combine(folder, $"shard{shard[0]}");
                var result = CliProcess.RunWith(environment, ["run", .. run, "--shard", shard, "-o", output]);
                Assert.True(result.ExitCode is 0 or 2, result.Output + result.Error);
                var document = RunDocumentJson.Deserialize(File.ReadAllText(Path.Combine(output, "run.json")));
                Assert.Equal(shard, document.Shard);
                // Every bug of the shard has its bundle on disk beside its run.json.
                Assert.All(document.Cells.Where(cell => cell.Verdict == VerdictKind.Bug), cell =>
                    Assert.True(cell.Bundle is not null && File.Exists(Path.Combine(output, cell.Bundle)), $"{cell.Id} has no bundle"));
                return document;
            }).ToList();
            Assert.Equal(expectedBundles, shards.Sum(shard => shard.Cells.Count(cell => cell.Bundle is not null)));

            var mergedFolder = Path.Combine(folder, "merged");
            var merge = CliProcess.RunWith(environment, "merge", Path.Combine(folder, "shard2", "run.json"), Path.Combine(folder, "shard1", "run.json"), "-o", mergedFolder);

            Assert.True(merge.ExitCode is 0 or 2, merge.Output + merge.Error);
            Assert.Contains($"Kept {expectedBundles} bug bundle", merge.Output);
            var merged = RunDocumentJson.Deserialize(File.ReadAllText(Path.Combine(mergedFolder, "run.json")));
            // The cells come back in the order of the plan, whichever order the shards are given in.
            var planOrder = shards.SelectMany((shard, index) => shard.Cells.Select((cell, position) => (cell.Id, Position: (position * 2) + index)));
            Assert.Equal(planOrder.OrderBy(cell => cell.Position).Select(cell => cell.Id), merged.Cells.Select(cell => cell.Id));
            var linked = merged.Cells.Where(cell => cell.Bundle is not null).ToList();
            Assert.Equal(expectedBundles, linked.Count);
            Assert.Equal(expectedBundles, Directory.GetFiles(Path.Combine(mergedFolder, "bugs"), "*.bundle.json").Length);
            foreach (var cell in linked)
            {
                var replay = CliProcess.RunWith(environment, "replay", Path.Combine(mergedFolder, cell.Bundle!));
                Assert.True(replay.ExitCode == 2, $"replay of {cell.Bundle}: {replay.Output}{replay.Error}");
                Assert.Contains("The bug reproduces 1/1", replay.Output);
            }
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
