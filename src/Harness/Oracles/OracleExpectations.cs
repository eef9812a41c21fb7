using StressMaps.Harness.Verdicts;
using StressMaps.Harness.Exploration.Execution;
using StressMaps.Harness.Targets.Operations;
using StressMaps.Harness.Oracles.Contracts;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Targets;

namespace StressMaps.Harness.Oracles;

/// <summary>
/// What a scenario should show on a target judged by its contract: the claim a user makes by naming
/// the contract, which the run checks.
/// </summary>
public static class OracleExpectations
{
    /// <summary>The expectation for <paramref name="scenario"/> on <paramref name="target"/>, and why.</summary>
    public static (Expectation Expectation, string Reason) For(Scenario scenario, Target target)
    {
        if (target.Test is not null)
        {
            return (Expectation.SafeExpected, "a concurrent test passes on every schedule");
        }

        var steps = scenario.Setup.Concat(scenario.Tasks.SelectMany(task => task)).ToList();
        if (target.Class is { } type)
        {
            return ForClass(steps, type);
        }

        if (steps.FirstOrDefault(step => step.IsClassStep) is { } call)
        {
            return (Expectation.NotApplicable, $"{call} calls a class's own operation; a map target has none");
        }

        var map = target.Create();
        if (steps.FirstOrDefault(step => !TargetCalls.Offers(map, step.Kind)) is { } missing)
        {
            return (Expectation.NotApplicable, $"the target offers no {missing.Kind.ToString().ToLowerInvariant()}");
        }

        if (steps.Any(step => step.Kind == OperationKind.Increment) && scenario.Tasks.Count > 1)
        {
            return (Expectation.BugExpected, "read-then-write is two calls, whatever the map");
        }

        if (ForbiddenOverlap(scenario, target.Contract) is { } overlap)
        {
            return (Expectation.BugExpected, $"the {ContractNames.Of(target.Contract)} contract forbids {overlap}");
        }

        return target.Contract == ThreadSafetyContract.ThreadSafe
            ? (Expectation.SafeExpected, "a thread-safe map answers as some sequential order would")
            : (Expectation.SafeExpected, $"the {ContractNames.Of(target.Contract)} contract allows every overlap here");
    }

    private static (Expectation Expectation, string Reason) ForClass(IReadOnlyList<ScenarioOperation> steps, ClassTarget target)
    {
        if (steps.FirstOrDefault(step => !step.IsClassStep) is { } mapStep)
        {
            return (Expectation.NotApplicable, $"{mapStep} is a map operation; {target.Type.Name} is judged on its own operations");
        }

        if (steps.FirstOrDefault(step => step.Kind == OperationKind.Call && !Binds(target, step)) is { } unknown)
        {
            return (Expectation.NotApplicable, $"{target.Type.Name} has no operation {unknown.Member} taking those arguments");
        }

        return (Expectation.SafeExpected, $"a thread-safe {target.Type.Name} answers as some order of its calls, run one at a time, would");
    }

    private static bool Binds(ClassTarget target, ScenarioOperation step)
    {
        try
        {
            var parameters = OperationInvoker.Bind(target.Model, step).Method.GetParameters();
            return (step.Arguments ?? []).Select((argument, i) => argument.ToObject(parameters[i].ParameterType)).All(_ => true);
        }
        catch (Exception error) when (error is InvalidOperationException or FormatException or OverflowException or ArgumentException)
        {
            return false;
        }
    }

    /// <summary>Two calls of different tasks that the contract forbids to overlap, described, or null.</summary>
    private static string? ForbiddenOverlap(Scenario scenario, ThreadSafetyContract contract)
    {
        for (var i = 0; i < scenario.Tasks.Count; i++)
        {
            for (var j = i + 1; j < scenario.Tasks.Count; j++)
            {
                foreach (var first in scenario.Tasks[i].Where(step => TargetCalls.CallsTarget(step.Kind)))
                {
                    foreach (var second in scenario.Tasks[j].Where(step => TargetCalls.CallsTarget(step.Kind)))
                    {
                        var a = new CallInFlight(i + 1, first.ToString(), TargetCalls.Writes(first.Kind), "");
                        var b = new CallInFlight(j + 1, second.ToString(), TargetCalls.Writes(second.Kind), "");
                        if (ContractRules.Conflict(contract, a, b))
                        {
                            return $"{a} overlapping {b}";
                        }
                    }
                }
            }
        }

        return null;
    }
}
