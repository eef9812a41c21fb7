using StressMaps.Harness.Verdicts;
using StressMaps.Harness.Bundles;
using StressMaps.Harness.Files;
using StressMaps.Harness.Reports.RunFiles;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Bundles.Shrinking;
using StressMaps.Harness.Oracles;
using StressMaps.Harness.Targets;

namespace StressMaps.Harness.Sessions;

/// <summary>The bundles of one run: written as each failing cell lands (replayed and shrunk as <paramref name="cellOf"/> judges it), then linked from run.json.</summary>
internal sealed class RunBundles(
    IReadOnlyList<Scenario> scenarios, IReadOnlyList<Target> maps, Func<Scenario, Target, Cell> cellOf, OutputFolder output, bool shrink, TextWriter progress)
{
    private readonly Dictionary<string, string> _links = [];
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
        var cell = verdict.Id.ToString();
        _links[cell] = OutputFolder.BundleLink(cell);
        var scenario = scenarios.First(s => s.Name == verdict.Scenario);
        var map = maps.First(m => m.Name == verdict.Map);
        if (BundleWriter.WriteFor(verdict, cellOf(scenario, map), output.Path, shrink, cancellation) is { Bundle: var bundle })
        {
            _written.Add(bundle);
            progress.WriteLine($"        bundle {_links[cell]}{ShrinkText.Of(bundle.Shrinking)}");
        }
    }

    /// <summary>The link of <paramref name="cell"/>'s bundle, relative to the output folder, or null when none was written.</summary>
    public string? LinkOf(string cell) => _links.GetValueOrDefault(cell);

    /// <summary>The run document with each failing cell pointing at its bundle.</summary>
    public RunDocument Link(RunDocument run) => run with
    {
        Cells = run.Cells.Select(cell => _links.TryGetValue(cell.Id.ToString(), out var link) ? cell with { Bundle = link } : cell).ToList(),
    };
}
