using StressMaps.Harness.Files;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Targets;
using StressMaps.Harness.Targets.Loading;

namespace StressMaps.Testing;

/// <summary>
/// The part of <see cref="StressMapsTest"/> that runs a concurrent test body, as <c>stressmaps test</c> runs a test method.
/// </summary>
internal static class StressMapsConcurrentTest
{
    public static StressMapsResult Run(Func<Task> test, StressMapsOptions options, string name)
    {
        if (!StrategyName.All.Contains(options.Strategy))
        {
            throw new ArgumentException($"unknown strategy '{options.Strategy}'; expected one of {string.Join(", ", StrategyName.All)}.", nameof(options));
        }

        var assembly = test.Method.DeclaringType?.Assembly ?? throw new ArgumentException("the test body must be a method of your test assembly", nameof(test));
        if (!RewritingGuard.IsRewritten(assembly))
        {
            throw new InvalidOperationException(
                $"{Path.GetFileName(assembly.Location)} is not rewritten for Coyote: the StressMaps.Testing package rewrites " +
                "the test project's output after build; reference the package from the test project and build it (StressMapsRewrite must not be false).");
        }

        var target = new Target(SafeFileName.From(name), $"{name} in {Path.GetFileName(assembly.Location)}, rewritten at build", ThreadSafetyContract.ThreadSafe,
            () => throw new InvalidOperationException("a concurrent test has no map to create"))
        {
            Test = new ConcurrentTest(test.Method, test),
        };
        var exploration = options.ToExploration(rewritten: true);
        var (cells, runFile) = StressMapsTest.ExploreOne([ConcurrentTestScenario.Instance], target, exploration, options);
        return new StressMapsResult(target.Name, "test", exploration, cells, runFile);
    }
}
