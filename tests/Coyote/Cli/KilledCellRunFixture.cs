using StressMaps.Harness.Bundles;
using StressMaps.Harness.Reports.RunFiles;
using StressMaps.Harness.Targets.Loading;
using StressMaps.Tests.Targets.Loading;

namespace StressMaps.Tests.Cli;

/// <summary>
/// One <c>stressmaps run</c> over hostile types whose cells the watchdog kills itself: a crash, a stack overflow (on
/// every schedule, and on a schedule that lost an update), out of memory, and a hang Coyote's monitor does not see.
/// Limits kept small (3 s, 256 MB) so the run stays short.
/// </summary>
public sealed class KilledCellRunFixture : IDisposable
{
    private static readonly string[] Types =
    [
        "ExitingCountMap`2", "OverflowingCountMap`2", "RacyOverflowingCountMap`2", "HoardingCountMap`2", "CreepingCountMap`2",
    ];

    public KilledCellRunFixture()
    {
        Output = Path.Combine(Path.GetTempPath(), $"stressmaps-killed-{Guid.NewGuid():N}");
        string[] arguments =
        [
            "run", "--assembly", TestMaps.AssemblyPath,
            .. Types.SelectMany(type => new[] { "--type", $"StressMaps.TestMaps.Hostile.{type}" }),
            "-c", "count-after-adds", "-i", "50", "--generate", "0", "--hang-timeout", "3", "--memory-limit", "256", "-o", Output,
        ];
        Result = CliProcess.RunWith(Cache, arguments);
        var runFile = Path.Combine(Output, "run.json");
        Run = File.Exists(runFile) ? RunDocumentJson.Deserialize(File.ReadAllText(runFile)) : null;
    }

    public static IReadOnlyDictionary<string, string> Cache { get; } =
        new Dictionary<string, string> { [RewrittenAssemblyCache.CacheVariable] = Path.Combine(AppContext.BaseDirectory, "stressmaps-cache") };

    public string Output { get; }

    public CliProcess.Result Result { get; }

    public RunDocument? Run { get; }

    /// <summary>The count-after-adds cell of <paramref name="type"/> (its name without arity).</summary>
    public CellRecord Cell(string type)
    {
        Assert.True(Run is not null, Result.Output + Result.Error);
        return Run.Cells.SingleOrDefault(cell => cell.Map == $"{type}<string,int>")
            ?? throw new Xunit.Sdk.XunitException($"no cell of {type} in run.json\n{Result.Error}");
    }

    /// <summary>The path of the bundle of <paramref name="type"/>'s cell, checked to exist.</summary>
    public string BundlePath(string type)
    {
        var cell = Cell(type);
        Assert.True(cell.Bundle is not null, $"{type}'s cell links no bundle\n{Result.Output}{Result.Error}");
        var path = Path.Combine(Output, cell.Bundle);
        Assert.True(File.Exists(path), $"no bundle at {cell.Bundle}");
        return path;
    }

    public BugBundle Bundle(string type) => BugBundleJson.Read(BundlePath(type));

    public void Dispose()
    {
        if (Directory.Exists(Output))
        {
            Directory.Delete(Output, recursive: true);
        }
    }
}
