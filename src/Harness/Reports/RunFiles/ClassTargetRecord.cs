using StressMaps.Harness.Targets.Operations;
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
                coverage.HandOuts)
            {
                Construction = target.Construction?.Describe(),
                PublicMembers = model.Operations.Count + model.Skipped.Count,
                Unexplored = UnexploredWriters(model) is { Count: > 0 } writers ? writers : null,
            };
        }).ToList();
        return records.Count == 0 ? null : records;
    }

    /// <summary>How many public members the class has: its operations and every skipped member.</summary>
    public int PublicMembers { get; init; }

    /// <summary>The skipped members that write the class's state (their IL stores a field or writes a collection), which no scenario called.</summary>
    public IReadOnlyList<string>? Unexplored { get; init; }

    /// <summary>How the run made its instances: <c>made by new BoundedCache(capacity: 1)</c>; null when unknown.</summary>
    public string? Construction { get; init; }

    // A skipped member reads as its name (GetOrAdd), or as its signature when an overload of it was explored: TryRemove(string,out int).
    private static List<string> UnexploredWriters(OperationModel model) => model.Skipped.Where(member => member.WritesState)
        .Select(member => member.Signature.IndexOf('(', StringComparison.Ordinal) is > 0 and var open
            && !model.Operations.Any(operation => operation.Member == member.Signature[..open])
            ? member.Signature[..open]
            : member.Signature)
        .Distinct()
        .ToList();

    /// <summary>The lines a run prints about this target before exploring: its operations, each skipped member, its coverage.</summary>
    public IEnumerable<string> Lines()
    {
        yield return $"{Target}: operations {string.Join(", ", Operations)}";
        if (Construction is not null)
        {
            yield return $"{Target}: {Construction}";
        }
        foreach (var skipped in Skipped)
        {
            yield return $"{Target}: {skipped}";
        }

        yield return $"{Target}: explored {Operations.Count} of {PublicMembers} public members" + (Unexplored is { Count: > 0 }
            ? $"; not explored and writing its state: {string.Join(", ", Unexplored)} (a safe verdict is partial)"
            : Skipped.Count > 0 ? "; none skipped writes its state" : "");
        yield return $"{Target}: {Pairs.Count(pair => pair.KeyAbsent)} of {Pairs.Count} operation pairs run in parallel with the key absent, " +
            $"{Pairs.Count(pair => pair.KeyPresent)} with it present; {HandOuts.Count} hand-out/operation combinations" +
            (Relaxed.Count == 0 ? "" : $"; answers relaxed: {string.Join(", ", Relaxed)}");
    }
}
