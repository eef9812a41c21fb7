using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Targets;
using StressMaps.Harness.Verdicts;

namespace StressMaps.Harness.Oracles;

/// <summary>
/// One cell as <see cref="CellRunner"/> runs it: this scenario on this target, judged this way. Plain data,
/// like Lincheck's scenario: exploring, replaying and shrinking a cell all take one.
/// </summary>
/// <param name="Scenario">What the tasks do.</param>
/// <param name="Target">The map or class they share.</param>
/// <param name="Judgement">How a run of it is judged.</param>
public sealed record Cell(Scenario Scenario, Target Target, Judgement Judgement)
{
    /// <summary>The cell's name: its scenario on its target.</summary>
    public CellId Id => new(Scenario.Name, Target.Name);

    /// <summary>A cell of the built-in matrix; a user's target is judged by its contract all the same (see <see cref="For"/>).</summary>
    public static Cell Matrix(Scenario scenario, Target target) => new(scenario, target, JudgementOf(target, byContract: false));

    /// <summary>A cell judged by its target's contract (a class by linearizability against itself).</summary>
    public static Cell Judged(Scenario scenario, Target target) => new(scenario, target, JudgementOf(target, byContract: true));

    /// <summary>The cell of <paramref name="scenario"/> on <paramref name="target"/>, judged by contract when <paramref name="byContract"/>.</summary>
    public static Cell For(Scenario scenario, Target target, bool byContract) => new(scenario, target, JudgementOf(target, byContract));

    /// <summary>The same cell with another scenario (a shrunk candidate), judged alike.</summary>
    public Cell With(Scenario scenario) => this with { Scenario = scenario };

    /// <summary>
    /// How a run judges <paramref name="target"/>: a class by linearizability against itself; a user's map
    /// (one with an origin) by its contract in every run of it, as when <paramref name="byContract"/>; else the matrix.
    /// </summary>
    public static Judgement JudgementOf(Target target, bool byContract) =>
        target.Test is not null ? Judgement.ConcurrentTest
        : target.Class is not null ? Judgement.ClassLinearizability
        : byContract || target.Origin is not null ? Judgement.Contract
        : Judgement.Matrix;
}
