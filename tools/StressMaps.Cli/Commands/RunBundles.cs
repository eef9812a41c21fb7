using StressMaps.Cli.Output;
using StressMaps.Harness.Bundles;
using StressMaps.Harness.Matrix;
using StressMaps.Harness.RunFiles;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Targets;

namespace StressMaps.Cli.Commands;

/// <summary>The bundles of one <c>run</c>: written as each failing cell lands, then linked from run.json.</summary>
public sealed class RunBundles(IReadOnlyList<Scenario> scenarios, IReadOnlyList<MapTarget> maps, string outputFolder, bool shrink)
{
    private readonly Dictionary<string, string> _paths = [];
    private readonly List<BugBundle> _written = [];

    /// <summary>The bundles written so far, in matrix order.</summary>
    public IReadOnlyList<BugBundle> Written => _written;

    /// <summary>Writes (and shrinks) the bundle of <paramref name="verdict"/> when it found a bug.</summary>
    public void Write(CellVerdict verdict, CancellationToken cancellation)
    {
        if (verdict.Outcome is not { BugFound: true, ReproducibleTrace: not null })
        {
            return;
        }

        // Linked before shrinking starts: a Ctrl+C while shrinking leaves the bundle as found, still listed.
        _paths[verdict.Name] = $"{BugBundleFactory.Folder}/{BugBundleFactory.FileNameFor(verdict.Name)}";
        var scenario = scenarios.First(s => s.Name == verdict.Scenario);
        var map = maps.First(m => m.Name == verdict.Map);
        var written = BundleWriter.WriteFor(verdict, scenario, map, outputFolder, shrink, cancellation);
        if (written is { Bundle: var bundle })
        {
            _written.Add(bundle);
            Console.Error.WriteLine($"        bundle {_paths[verdict.Name]}{ShrinkText.Of(bundle)}");
        }
    }

    /// <summary>The run document with each failing cell pointing at its bundle.</summary>
    public RunDocument Link(RunDocument run) => run with
    {
        Cells = run.Cells.Select(cell => _paths.TryGetValue($"{cell.Scenario}.{cell.Map}", out var path) ? cell with { Bundle = path } : cell).ToList(),
    };
}
