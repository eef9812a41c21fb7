namespace StressMaps.Benchmarks.Reports;

/// <summary>The arithmetic behind every table: a measurement divided by its baseline's.</summary>
public static class Ratios
{
    /// <summary>The subject every ratio is taken against.</summary>
    public const string Baseline = "dictionary";

    /// <summary>
    /// The cost of <paramref name="subject"/>'s <paramref name="operation"/> over the baseline's:
    /// above 1 is slower. Null when either was not measured or the baseline took no time.
    /// </summary>
    public static double? TimeRatio(IReadOnlyList<OperationCost> costs, string subject, string operation)
    {
        var measured = Find(costs, subject, operation);
        var baseline = Find(costs, Baseline, operation);
        return measured is null || baseline is null || baseline.Nanoseconds <= 0 ? null : measured.Nanoseconds / baseline.Nanoseconds;
    }

    /// <summary>Throughput over the baseline's: above 1 means more operations a second. Null when the baseline is missing or zero.</summary>
    public static double? ThroughputRatio(double operationsPerSecond, double? baselineOperationsPerSecond) =>
        baselineOperationsPerSecond is > 0 ? operationsPerSecond / baselineOperationsPerSecond : null;

    private static OperationCost? Find(IReadOnlyList<OperationCost> costs, string subject, string operation) =>
        costs.FirstOrDefault(cost => cost.Subject == subject && cost.Operation == operation);
}
