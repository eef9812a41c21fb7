using Microsoft.Coyote.SystematicTesting;
using StressMaps.Harness.Bundles;
using StressMaps.Harness.Exploration.Execution;
using StressMaps.Harness.Oracles;

namespace StressMaps.CoyoteCells;

/// <summary>
/// The Coyote test method every bundle's <c>.trace</c> is replayed with: it runs the bundle's scenario
/// (shrunk or not) on its target, as <c>stressmaps replay</c> does, so <c>dotnet coyote replay</c> reproduces it.
/// </summary>
public static class BundleReplay
{
    private static Func<Task>? _test;

    /// <summary>
    /// Reads the bundle named by <c>STRESSMAPS_BUNDLE</c> once, before Coyote takes control: reading it
    /// inside the test would add scheduling points that the trace does not have. Does nothing without it.
    /// </summary>
    [TestInit]
    public static void LoadBundle()
    {
        if (Environment.GetEnvironmentVariable(CoyoteTraceFile.BundleVariable) is { Length: > 0 } path)
        {
            var bundle = BugBundleJson.Read(path);
            var target = TargetResolver.Resolve(bundle.Target, assemblyPath: null, force: false);
            // The very test the bundle's exploration ran, judged as its target is: a user's type by its contract.
            _test = CellRunner.TestOf(new Cell(bundle.Scenario, target, Cell.JudgementOf(target, byContract: false)), new JournalSink());
        }
    }

    /// <summary>Runs the scenario of the bundle loaded by <see cref="LoadBundle"/> once on a fresh instance of its target.</summary>
    [Test]
    public static Task ReplayBundle()
    {
        var test = _test ?? throw new InvalidOperationException(
            $"set {CoyoteTraceFile.BundleVariable} to the path of the bundle whose .trace this is.");
        return test();
    }
}
