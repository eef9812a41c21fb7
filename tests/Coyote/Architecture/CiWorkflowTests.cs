using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace StressMaps.Tests.Architecture;

/// <summary>The GitHub Actions workflow docs/ci.md carries is valid YAML whose matrix names every shard its run commands split into.</summary>
public partial class CiWorkflowTests
{
    [Fact]
    public void TheWorkflowsMatrixNamesEveryShardOfItsShardArguments()
    {
        var workflow = Workflow();
        var explore = (YamlMappingNode)Jobs(workflow)["explore"];

        var shards = ((YamlSequenceNode)Map(Map(explore["strategy"])["matrix"])["shard"]).Select(node => int.Parse(((YamlScalarNode)node).Value!)).ToList();
        var counts = ShardArguments(explore).Select(match => int.Parse(match.Groups["count"].Value)).Distinct().ToList();

        Assert.NotEmpty(shards);
        var count = Assert.Single(counts);
        Assert.Equal(Enumerable.Range(1, count), shards.Order());
        Assert.Equal(shards.Count, shards.Distinct().Count());
    }

    [Fact]
    public void TheMergeJobWaitsForTheShardsAndMergesTheirRunFilesWithTheirBundles()
    {
        var jobs = Jobs(Workflow());
        var explore = (YamlMappingNode)jobs["explore"];
        var merge = (YamlMappingNode)jobs["merge"];

        Assert.Equal("explore", ((YamlScalarNode)merge["needs"]).Value);
        Assert.Contains(Runs(merge), run => run.Contains("merge shards/*/run.json", StringComparison.Ordinal));
        // The shards upload their whole folder: run.json and bugs/, which merge keeps.
        Assert.Contains(Uploads(explore), path => path == "out/");
    }

    private static YamlMappingNode Workflow()
    {
        var page = File.ReadAllText(Path.Combine(SourceTree.Root(), "docs", "ci.md"));
        var block = Assert.Single(YamlBlock().Matches(page)).Groups["yaml"].Value;
        var stream = new YamlStream();
        stream.Load(new StringReader(block));
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    private static YamlMappingNode Jobs(YamlMappingNode workflow) => Map(workflow["jobs"]);

    private static YamlMappingNode Map(YamlNode node) => (YamlMappingNode)node;

    private static IEnumerable<YamlMappingNode> Steps(YamlMappingNode job) => ((YamlSequenceNode)job["steps"]).Cast<YamlMappingNode>();

    private static IEnumerable<string> Runs(YamlMappingNode job) =>
        Steps(job).Where(step => step.Children.ContainsKey("run")).Select(step => ((YamlScalarNode)step["run"]).Value!);

    private static IEnumerable<string> Uploads(YamlMappingNode job) => Steps(job)
        .Where(step => step.Children.ContainsKey("uses") && ((YamlScalarNode)step["uses"]).Value!.StartsWith("actions/upload-artifact", StringComparison.Ordinal))
        .Select(step => ((YamlScalarNode)Map(step["with"])["path"]).Value!);

    private static IReadOnlyList<Match> ShardArguments(YamlMappingNode job)
    {
        var matches = Runs(job).SelectMany(run => ShardArgument().Matches(run)).ToList();
        Assert.NotEmpty(matches);
        return matches;
    }

    [GeneratedRegex(@"```yaml\n(?<yaml>.*?)```", RegexOptions.Singleline)]
    private static partial Regex YamlBlock();

    [GeneratedRegex(@"--shard \$\{\{ matrix\.shard \}\}/(?<count>\d+)")]
    private static partial Regex ShardArgument();
}
