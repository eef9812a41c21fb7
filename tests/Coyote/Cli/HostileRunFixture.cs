using StressMaps.Harness.Reports.RunFiles;
using StressMaps.Harness.Targets.Loading;
using StressMaps.Tests.Targets.Loading;

namespace StressMaps.Tests.Cli;

/// <summary>
/// One <c>stressmaps run</c> over every hostile test type and a healthy one, as a user would start it:
/// the watchdog's limits kept small (3 s without progress, 256 MB) so the run stays short.
/// </summary>
public sealed class HostileRunFixture : IDisposable
{
    public const double HangTimeoutSeconds = 3;

    private static readonly string[] Types =
    [
        "Hostile.SpinningSetterMap`2", "Hostile.SleepingSetterMap`2", "Hostile.SpinningCountMap`2", "Hostile.ExitingCountMap`2",
        "Hostile.OverflowingCountMap`2", "Hostile.HoardingCountMap`2", "Hostile.ThrowingSetterMap`2", "LockedCoreMap`2",
    ];

    public HostileRunFixture()
    {
        Output = Path.Combine(Path.GetTempPath(), $"stressmaps-hostile-{Guid.NewGuid():N}");
        var cache = new Dictionary<string, string> { [RewrittenAssemblyCache.CacheVariable] = Path.Combine(AppContext.BaseDirectory, "stressmaps-cache") };
        string[] arguments =
        [
            "run", "--assembly", TestMaps.AssemblyPath,
            .. Types.SelectMany(type => new[] { "--type", $"StressMaps.TestMaps.{type}" }),
            "-c", "concurrent-writes,count-after-adds", "-i", "20", "--generate", "0",
            "--hang-timeout", "3", "--memory-limit", "256", "-o", Output,
        ];
        Result = CliProcess.RunWith(cache, arguments);
        var runFile = Path.Combine(Output, "run.json");
        Run = File.Exists(runFile) ? RunDocumentJson.Deserialize(File.ReadAllText(runFile)) : null;
    }

    public string Output { get; }

    public CliProcess.Result Result { get; }

    public RunDocument? Run { get; }

    public CellRecord Cell(string scenario, string map)
    {
        Assert.NotNull(Run);
        return Run.Cells.SingleOrDefault(cell => cell.Scenario == scenario && cell.Map == map)
            ?? throw new Xunit.Sdk.XunitException($"no cell {scenario} × {map} in run.json; cells: {string.Join(", ", Run.Cells.Select(cell => $"{cell.Scenario} × {cell.Map}"))}\n{Result.Error}");
    }

    public void Dispose()
    {
        if (Directory.Exists(Output))
        {
            Directory.Delete(Output, recursive: true);
        }
    }
}
