using StressMaps.Harness.Targets.Operations;
using StressMaps.Harness.Scenarios;

namespace StressMaps.Harness.Scenarios.Generation;

/// <summary>
/// The scenarios over a target class, systematic first, so a verdict does not hang on the run seed:
/// every pair of operations running in parallel on the shared key, once with the key absent and once
/// after a setup call made it present; then each hand-out with the receiving task going on using what it
/// got while another task calls each operation; then random scenarios drawn from the seed, as Lincheck's.
/// </summary>
public static class ClassScenarioGenerator
{
    private static readonly string[] WriterVerbs =
        ["Add", "Set", "Put", "Insert", "Register", "Store", "Save", "Write", "Update", "Upsert", "Push", "Enqueue", "Append", "Open", "Create", "Increment", "Deposit"];

    /// <summary>Most operations whose pairs each get a scenario of their own; above it they are packed three to a scenario (<see cref="TrioScenarios"/>).</summary>
    public const int OnePairAScenarioUpTo = 6;

    /// <summary>The whole catalog for <paramref name="model"/>: pairs, hand-outs, then <paramref name="randomCount"/> random scenarios from <paramref name="seed"/>.</summary>
    public static IReadOnlyList<Scenario> Generate(OperationModel model, DomainOptions domains, int randomCount, uint seed) =>
        PairScenarios(model).Concat(HandOuts(model, domains)).Concat(RandomScenarios.Draw(model, domains, randomCount, seed)).ToList();

    /// <summary>Every pair in parallel: one scenario a pair up to <see cref="OnePairAScenarioUpTo"/> operations, three tasks a scenario above (a class of 20 members must not become 400 cells).</summary>
    public static IReadOnlyList<Scenario> PairScenarios(OperationModel model) =>
        model.Operations.Count > OnePairAScenarioUpTo ? TrioScenarios.Of(model) : Pairs(model);

    /// <summary>Every pair of operations (an operation with itself included) in parallel on the shared key, with the key absent and present.</summary>
    public static IReadOnlyList<Scenario> Pairs(OperationModel model)
    {
        var present = PresentSetup(model);
        var scenarios = new List<Scenario>();
        var operations = model.Operations;
        for (var i = 0; i < operations.Count; i++)
        {
            for (var j = i; j < operations.Count; j++)
            {
                var (first, second) = (operations[i], operations[j]);
                IReadOnlyList<IReadOnlyList<ScenarioOperation>> tasks = [[CallArguments.OnSharedKey(first, 1)], [CallArguments.OnSharedKey(second, 2)]];
                var name = $"pair-{Slug(first.Name)}-{Slug(second.Name)}";
                scenarios.Add(new Scenario($"{name}-absent", $"{first.Name} in parallel with {second.Name} on one key, from a fresh instance", [], tasks));
                if (present is not null)
                {
                    scenarios.Add(new Scenario($"{name}-present", $"{first.Name} in parallel with {second.Name} on one key, after {present} made it present", [present], tasks));
                }
            }
        }

        return scenarios;
    }

    /// <summary>Each hand-out, the receiving task going on using what it got, while another task calls each operation.</summary>
    public static IReadOnlyList<Scenario> HandOuts(OperationModel model, DomainOptions domains)
    {
        // Two entries, not one: each entry the receiving task enumerates is one more moment a writer can hit.
        IReadOnlyList<ScenarioOperation> present = PresentSetup(model) is { } first ? [first, OnSecondKey(first, model)] : [];
        return model.HandOuts
            .SelectMany(handOut => model.Operations.Select(other => new Scenario(
                $"hands-out-{Slug(handOut.Name)}-then-{Slug(other.Name)}",
                $"a task keeps using what {handOut.Name} handed it while another calls {other.Name}",
                present,
                [
                    [CallArguments.OnSharedKey(handOut, 1), .. ReceivedSteps.After(handOut, domains)],
                    [CallArguments.OnSharedKey(other, 2)],
                ])))
            .ToList();
    }

    /// <summary>
    /// The call that makes the shared key present: an indexer setter, else a method taking the key and a value whose
    /// name says it writes (<c>Add</c>, <c>Set</c>, <c>Put</c>, <c>Register</c>, ...), else any method taking two or more,
    /// else a writing-named method taking the key alone; null when the class has none of them.
    /// </summary>
    public static ScenarioOperation? PresentSetup(OperationModel model)
    {
        var candidates = model.Operations.Where(operation => operation.HandOut == HandOutKind.None && operation.Parameters.Count > 0).ToList();
        var writer = candidates.FirstOrDefault(operation => operation.Kind == MemberKind.Setter && operation.Parameters.Count > 1)
            ?? candidates.FirstOrDefault(operation => operation.Kind == MemberKind.Method && operation.Parameters.Count > 1 && SaysItWrites(operation))
            ?? candidates.FirstOrDefault(operation => operation.Kind == MemberKind.Method && operation.Parameters.Count > 1)
            ?? candidates.FirstOrDefault(operation => operation.Kind == MemberKind.Method && SaysItWrites(operation));
        return writer is null ? null : CallArguments.OnSharedKey(writer, 1);
    }

    private static bool SaysItWrites(TargetOperation operation) =>
        WriterVerbs.Any(verb => operation.Member.StartsWith(verb, StringComparison.Ordinal) || operation.Member.StartsWith("Try" + verb, StringComparison.Ordinal));

    // The same setup call on the domain's next key (b after a), so the hand-out holds two entries.
    private static ScenarioOperation OnSecondKey(ScenarioOperation setup, OperationModel model)
    {
        var domain = model.Find(setup.Member!)!.Domains[0];
        var arguments = setup.Arguments!.ToArray();
        arguments[0] = domain.FirstOrDefault(value => value != arguments[0] && value.Kind != ArgumentKind.Null) ?? arguments[0];
        return setup with { Arguments = arguments };
    }

    /// <summary>An operation's name as a scenario name takes it: <c>Add(string,int)</c> becomes <c>add-string-int</c>.</summary>
    public static string Slug(string name) =>
        string.Join('-', name.Split(['(', ')', ',', '[', ']', '<', '>', '?', ' '], StringSplitOptions.RemoveEmptyEntries)).Replace('_', '-').ToLowerInvariant();
}
