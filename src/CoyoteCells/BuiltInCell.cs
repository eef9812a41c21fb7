using StressMaps.Harness.Oracles;
using StressMaps.Harness.Verdicts;
using System.Runtime.CompilerServices;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Targets;

namespace StressMaps.CoyoteCells;

/// <summary>
/// What every Coyote test method of a built-in cell runs: one iteration of the cell its name gives,
/// exactly the test <c>stressmaps run</c> explores, so <c>dotnet coyote test</c> finds the same bugs.
/// The cell comes from the method's name, so a method cannot run a cell other than its own.
/// </summary>
public static class BuiltInCell
{
    /// <summary>Runs the cell named by <paramref name="method"/> (<c>WriterVsReader_Unsafe</c>) once on a fresh map.</summary>
    public static Task Run([CallerMemberName] string method = "")
    {
        // Matched by name alone: making maps here would add work to every explored schedule.
        var parts = method.Split('_');
        var scenario = ScenarioCatalog.All.FirstOrDefault(candidate => Pascal(candidate.Name) == parts[0]);
        var map = TargetCatalog.BuiltIn.FirstOrDefault(candidate => parts.Length == 2 && Pascal(candidate.Name) == parts[1]);
        return scenario is null || map is null
            ? throw new ArgumentException($"'{method}' names no built-in cell.", nameof(method))
            : CellRunner.TestOf(Cell.Matrix(scenario, map))();
    }

    /// <summary>Every built-in cell that runs (a scenario on a map that offers what it needs), in matrix order.</summary>
    public static IEnumerable<(Scenario Scenario, Target Map)> Cells() =>
        from scenario in ScenarioCatalog.All
        from map in TargetCatalog.BuiltIn
        where ExpectationTable.For(scenario, map).Expectation != Expectation.NotApplicable
        select (scenario, map);

    /// <summary>The test method name of a cell: each kebab-case name in PascalCase, joined by '_' (<c>WriterVsReader_Unsafe</c>).</summary>
    public static string MethodName(string scenario, string map) => $"{Pascal(scenario)}_{Pascal(map)}";

    private static string Pascal(string kebab) =>
        string.Concat(kebab.Split('-').Select(word => char.ToUpperInvariant(word[0]) + word[1..]));
}
