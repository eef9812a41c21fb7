using StressMaps.Harness.Files;
using StressMaps.Harness.Reports.RunFiles;
using StressMaps.Harness.Sessions.ScaleOut;

namespace StressMaps.Harness.Sessions;

/// <summary>What <c>stressmaps merge</c> did.</summary>
/// <param name="Kind">How the merged run ended.</param>
/// <param name="Run">The merged run document.</param>
/// <param name="RunFile">Where it was written.</param>
/// <param name="Shards">How many files were merged.</param>
/// <param name="Bundles">How many bug bundles the merged run keeps in its <c>bugs/</c>.</param>
public sealed record MergeOutcome(OutcomeKind Kind, RunDocument Run, string RunFile, int Shards, int Bundles = 0)
{
    /// <summary>The process exit code (<see cref="ExitCodes.Of"/>).</summary>
    public int ExitCode => ExitCodes.Of(Kind);
}

/// <summary>
/// <c>stressmaps merge</c>: combines the run.json files of a run's shards into one, and keeps in its
/// <c>bugs/</c> the bundle of each merged cell's bug, taken from the shard that found it.
/// </summary>
public static class MergeSession
{
    /// <summary>Merges <paramref name="files"/> into run.json in <paramref name="output"/>; throws <see cref="BadInputException"/> when they do not fit together.</summary>
    public static MergeOutcome Merge(IReadOnlyList<string> files, OutputFolder output)
    {
        var shards = files.Select(file => ShardBundles.Resolve(Read(file), file)).ToList();
        RunDocument merged;
        try
        {
            merged = RunMerger.Merge(shards);
        }
        catch (InvalidDataException error)
        {
            throw new BadInputException(error.Message);
        }

        // Read before the folder is claimed: it may be one of the shards' own.
        IReadOnlyDictionary<string, Bundles.BugBundle> bundles;
        try
        {
            bundles = ShardBundles.Read(merged);
        }
        catch (InvalidDataException error)
        {
            throw new BadInputException(error.Message);
        }

        output.ClaimForRun([OutputFolder.RunFile]);
        merged = ShardBundles.Keep(merged, bundles, output);
        var runFile = output.File(OutputFolder.RunFile);
        RunDocumentJson.Write(runFile, merged);
        return new MergeOutcome(ExitCodes.Judge(merged), merged, runFile, shards.Count, bundles.Count);
    }

    private static RunDocument Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new BadInputException($"no such file: {path}.");
        }

        try
        {
            return RunDocumentJson.Deserialize(File.ReadAllText(path));
        }
        catch (Exception error) when (error is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            throw new BadInputException($"{path}: {error.Message}");
        }
    }
}
