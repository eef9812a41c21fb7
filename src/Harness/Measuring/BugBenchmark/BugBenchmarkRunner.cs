using System.Reflection;
using StressMaps.Harness.Targets;
using StressMaps.Harness.Targets.Loading;

namespace StressMaps.Harness.Measuring.BugBenchmark;

/// <summary>
/// Runs every program of the benchmark with every column (<see cref="BugColumns"/>) in the same wall-time budget:
/// the buggy test once per seed, the correct twin once (the first seed), so a false bug shows.
/// </summary>
public static class BugBenchmarkRunner
{
    /// <summary>Runs the benchmark in the assembly at <paramref name="path"/>; <paramref name="progress"/> hears a line per program and column.</summary>
    public static BugBenchmarkDocument Run(
        string path, TimeSpan budget, IReadOnlyList<uint> seeds, IReadOnlyList<string> columns, string command, TextWriter progress, IReadOnlyList<string>? only = null,
        CancellationToken cancellation = default)
    {
        var startedAt = DateTimeOffset.UtcNow;
        var programs = BugProgram.Read(path, out var original)
            .Where(program => only is null || only.Count == 0 || only.Contains(program.Name))
            .ToList();
        var rewritten = ConcurrentTestLoader.Load(path, [.. programs.SelectMany(program => new[] { program.Bug, program.Twin })], [])
            .ToDictionary(target => target.Test!.FullName);
        var rows = new List<BugProgramResult>();
        foreach (var program in programs)
        {
            var results = new Dictionary<string, BugColumnResult>();
            foreach (var column in columns)
            {
                cancellation.ThrowIfCancellationRequested();
                var attempts = seeds.Select(seed => Attempt(column, program.Bug, rewritten, original, seed, budget)).ToList();
                var twin = Attempt(column, program.Twin, rewritten, original, seeds[0], budget);
                results[column] = Summarise(attempts, twin);
                progress.WriteLine($"{program.Name} × {column}: found {results[column].Found}/{seeds.Count}" +
                    (twin.Found ? $"; FALSE BUG on the twin: {twin.Message}" : $"; twin clean after {twin.Schedules} schedules"));
            }

            rows.Add(new BugProgramResult(program.Name, program.Source, program.Depth, program.Bug, program.Twin, results));
        }

        return new BugBenchmarkDocument(startedAt, command, budget.TotalSeconds, seeds, Environment.ProcessorCount, columns, rows);
    }

    private static BugAttempt Attempt(string column, string method, IReadOnlyDictionary<string, Target> rewritten, Assembly original, uint seed, TimeSpan budget) =>
        column == BugColumns.Stress
            ? RealThreadTestStress.Run(MethodOf(original, method), budget)
            : BugColumns.Explore(column, rewritten[method], seed, budget);

    private static MethodInfo MethodOf(Assembly assembly, string fullName)
    {
        var dot = fullName.LastIndexOf('.');
        return assembly.GetType(fullName[..dot])?.GetMethod(fullName[(dot + 1)..], BindingFlags.Public | BindingFlags.Static)
            ?? throw new InvalidOperationException($"{fullName} is not in {assembly.GetName().Name}");
    }

    private static BugColumnResult Summarise(IReadOnlyList<BugAttempt> attempts, BugAttempt twin)
    {
        var found = attempts.Where(attempt => attempt.Found).ToList();
        var replayed = found.Any(attempt => attempt.Replayed is not null) ? found.Count(attempt => attempt.Replayed == true) : (int?)null;
        return new BugColumnResult(
            found.Count,
            attempts.Count,
            found.Count == 0 ? null : Median(found.Select(attempt => (double)attempt.Schedules)),
            found.Count == 0 ? null : found.Max(attempt => attempt.Schedules),
            found.Count == 0 ? null : Median(found.Select(attempt => attempt.Seconds)),
            found.Count == 0 ? null : found.Max(attempt => attempt.Seconds),
            replayed,
            twin.Found ? twin.Message ?? "a bug" : null,
            twin.Schedules,
            found.FirstOrDefault()?.Message);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
