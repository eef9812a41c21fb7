using System.CommandLine;
using StressMaps.Harness.Bundles;
using StressMaps.Harness.Files;
using StressMaps.Harness.Sessions;

namespace StressMaps.Cli.Inputs;

/// <summary>
/// <c>replay --cell scenario.map [--run folder]</c>: a bug cell of a run replayed from run.json, where it keeps
/// its trace and scenario though only its root cause's smallest cell has a bundle file.
/// </summary>
public sealed class CellReplayInput
{
    /// <summary>--cell.</summary>
    public Option<string?> Cell { get; } = new("--cell")
    {
        Description = "Replay a bug cell (scenario.map) of a run from its trace in run.json, instead of a bundle: cells that share a root cause have one bundle between them.",
    };

    /// <summary>--run.</summary>
    public Option<string> Run { get; } = new("--run")
    {
        Description = "With --cell: the run's folder or its run.json.",
        DefaultValueFactory = _ => OutputFolder.Default,
    };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Cell);
        command.Options.Add(Run);
    }

    /// <summary>
    /// The rebuilt bundle of the cell named by --cell, written to a file of its own for the worker that replays it,
    /// or null when --cell is not given; any problem is a <see cref="UsageException"/> of one line.
    /// </summary>
    public string? WriteBundle(ParseResult parsed, string? bundleArgument)
    {
        if (parsed.GetValue(Cell) is not { } cell)
        {
            return bundleArgument is null ? throw new UsageException("replay needs a bundle, or --cell scenario.map to replay a cell from run.json.") : null;
        }

        if (bundleArgument is not null)
        {
            throw new UsageException("give a bundle or --cell, not both.");
        }

        var run = parsed.GetValue(Run) ?? OutputFolder.Default;
        try
        {
            var path = Path.Combine(Path.GetTempPath(), $"stressmaps-cell-{Guid.NewGuid():N}.bundle.json");
            BugBundleJson.Write(path, CellBundle.From(run, cell));
            return path;
        }
        catch (InvalidDataException error)
        {
            throw new UsageException($"--cell {cell}: {error.Message}");
        }
    }
}
