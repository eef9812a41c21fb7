namespace StressMaps.Benchmarks;

/// <summary>The benchmark program's arguments.</summary>
/// <param name="Quick">Short jobs and one-second throughput cells, so the whole run takes minutes.</param>
/// <param name="Output">Folder for the report and BenchmarkDotNet's artifacts.</param>
/// <param name="RunMaps">Whether to run the single-thread BenchmarkDotNet suite.</param>
/// <param name="RunThroughput">Whether to run the contended throughput runner.</param>
/// <param name="RunPaired">Whether to measure the paired ratios (back-to-back rounds against raw Dictionary).</param>
/// <param name="OutOfProcess">Run BenchmarkDotNet's default toolchain (a generated project, built and run per job) instead of in-process.</param>
public sealed record BenchmarkArguments(bool Quick, string Output, bool RunMaps, bool RunThroughput, bool RunPaired = true, bool OutOfProcess = false)
{
    /// <summary>The parts <c>--only</c> accepts.</summary>
    public static IReadOnlyList<string> Parts { get; } = ["maps", "paired", "throughput"];

    /// <summary>Parses <paramref name="args"/>; a bad argument is an <see cref="ArgumentException"/> saying what to type instead.</summary>
    public static BenchmarkArguments Parse(IReadOnlyList<string> args)
    {
        var quick = false;
        var outOfProcess = false;
        var output = "stressmaps-out";
        var parts = Parts.ToList();
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--quick":
                    quick = true;
                    break;
                case "--out-of-process":
                    outOfProcess = true;
                    break;
                case "--output" or "-o":
                    output = Value(args, ++i, "--output");
                    break;
                case "--only":
                    parts = Value(args, ++i, "--only").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
                    var unknown = parts.FirstOrDefault(part => !Parts.Contains(part));
                    if (unknown is not null || parts.Count == 0)
                    {
                        throw new ArgumentException($"unknown part '{unknown}' for --only. Valid parts: {string.Join(", ", Parts)}.");
                    }

                    break;
                default:
                    throw new ArgumentException($"unknown argument '{args[i]}'. Usage: [--quick] [--out-of-process] [--output FOLDER] [--only {string.Join(",", Parts)}].");
            }
        }

        return new BenchmarkArguments(quick, output, parts.Contains("maps"), parts.Contains("throughput"), parts.Contains("paired"), outOfProcess);
    }

    private static string Value(IReadOnlyList<string> args, int index, string option) =>
        index < args.Count ? args[index] : throw new ArgumentException($"{option} needs a value.");
}
