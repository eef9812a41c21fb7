using StressMaps.Harness.Scenarios.Generation;
using StressMaps.Harness.Oracles;
using StressMaps.Harness.Verdicts;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Targets;

namespace StressMaps.Harness.Reports.RunFiles;

/// <summary>
/// A class target as stored in run.json: its operations, what was skipped and why, whose answers were
/// relaxed, and which pairs of operations the run's scenarios ran in parallel (with the key absent and present)
/// and which operations ran while a task kept using what a hand-out gave it.
/// </summary>
/// <param name="Target">The target's name, as cells name it.</param>
/// <param name="Type">The class's full name.</param>
/// <param name="Operations">Each operation's signature.</param>
/// <param name="Skipped">Each skipped member with its reason.</param>
/// <param name="Relaxed">The names whose answers were not judged.</param>
/// <param name="Pairs">Every pair of operations and whether it ran in parallel with the key absent and present.</param>
/// <param name="HandOuts">Each hand-out and an operation called while the receiver used what it got.</param>
public sealed record ClassTargetRecord(
    string Target,
    string Type,
    IReadOnlyList<string> Operations,
    IReadOnlyList<string> Skipped,
    IReadOnlyList<string> Relaxed,
    IReadOnlyList<PairCoverage> Pairs,
    IReadOnlyList<HandOutCoverage> HandOuts)
{
    /// <summary>The record of each class target among <paramref name="targets"/>, its coverage read from the scenarios that apply to it; null when there is none.</summary>
    public static IReadOnlyList<ClassTargetRecord>? Of(IReadOnlyList<Target> targets, IReadOnlyList<Scenario> scenarios)
    {
        var records = targets.Where(target => target.Class is not null).Select(target =>
        {
            var model = target.Class!.Model;
            var applicable = scenarios.Where(scenario => OracleExpectations.For(scenario, target).Expectation != Expectation.NotApplicable);
            var coverage = ClassCoverage.Of(model, applicable);
            return new ClassTargetRecord(
                target.Name,
                model.TypeName,
                model.Operations.Select(operation => operation.Signature).ToList(),
                model.Skipped.Select(member => member.ToString()).ToList(),
                target.Class.Relaxed,
                coverage.Pairs,
                coverage.HandOuts);
        }).ToList();
        return records.Count == 0 ? null : records;
    }

    /// <summary>The lines a run prints about this target before exploring: its operations, each skipped member, its coverage.</summary>
    public IEnumerable<string> Lines()
    {
        yield return $"{Target}: operations {string.Join(", ", Operations)}";
        foreach (var skipped in Skipped)
        {
            yield return $"{Target}: {skipped}";
        }

        yield return $"{Target}: {Pairs.Count(pair => pair.KeyAbsent)} of {Pairs.Count} operation pairs run in parallel with the key absent, " +
            $"{Pairs.Count(pair => pair.KeyPresent)} with it present; {HandOuts.Count} hand-out/operation combinations" +
            (Relaxed.Count == 0 ? "" : $"; answers relaxed: {string.Join(", ", Relaxed)}");
    }
}
