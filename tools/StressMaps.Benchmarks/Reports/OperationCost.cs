namespace StressMaps.Benchmarks.Reports;

/// <summary>What one single-thread operation costs on one map, as BenchmarkDotNet measured it.</summary>
/// <param name="Subject">The map: <c>dictionary</c>, <c>frozen</c>, or a variant name.</param>
/// <param name="Operation">The operation: one of <see cref="Operations.All"/>.</param>
/// <param name="Nanoseconds">Time of one operation (the median over the iterations).</param>
/// <param name="AllocatedBytes">Bytes allocated by one operation, when the memory diagnoser measured it.</param>
public sealed record OperationCost(string Subject, string Operation, double Nanoseconds, double? AllocatedBytes);

/// <summary>The single-thread operations, by the names tables print.</summary>
public static class Operations
{
    /// <summary>Every operation, in table order.</summary>
    public static IReadOnlyList<string> All { get; } = ["get-hit", "get-miss", "set", "snapshot", "enumerate"];

    /// <summary>The paired table's columns: every operation, then the reads called without the interface.</summary>
    public static IReadOnlyList<string> Paired { get; } = [.. All, Concrete("get-hit"), Concrete("get-miss")];

    /// <summary>The column of <paramref name="operation"/> called through the map's concrete type rather than the interface.</summary>
    public static string Concrete(string operation) => operation + " (concrete)";

    /// <summary>The table name of a benchmark method: <c>GetHit</c> becomes <c>get-hit</c>.</summary>
    public static string FromMethodName(string method) =>
        string.Concat(method.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
