using StressMaps.Harness.Files;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.Reports.Exporters;
using StressMaps.Harness.Sessions;
using StressMaps.Harness.Targets;
using StressMaps.Harness.Targets.Loading;

namespace StressMaps.Testing;

/// <summary>
/// Explores one of your types for concurrency bugs from a test, with the CLI's scenarios, oracles and
/// contracts: <c>StressMapsTest.Explore&lt;MyMap&gt;().AssertNoBug();</c> or, for a class made with its dependencies,
/// <c>StressMapsTest.Explore(() =&gt; new Cache(options, clock)).AssertNoBug();</c>. A map
/// (<c>IDictionary&lt;TKey,TValue&gt;</c>, <c>StressMaps.Maps.IMap&lt;TKey,TValue&gt;</c>) runs the map scenarios; any other
/// class its own operations, synchronous and asynchronous. An open generic is closed over <c>string</c> keys and <c>int</c> values.
/// </summary>
public static class StressMapsTest
{
    /// <summary>
    /// Runs <paramref name="test"/>, a concurrent test body (start tasks, await them, throw when an invariant breaks),
    /// on many schedules, as <c>stressmaps test</c> runs a test method: <c>StressMapsTest.Run(async () => { ... }).AssertNoBug();</c>.
    /// A failure is an exception out of it or out of a task it started, a deadlock, a lost wakeup, or a schedule past the step bound.
    /// </summary>
    /// <exception cref="ArgumentException">The options name an unknown strategy.</exception>
    /// <exception cref="InvalidOperationException">The test's assembly was not rewritten at build.</exception>
    public static StressMapsResult Run(Func<Task> test, StressMapsOptions? options = null, [System.Runtime.CompilerServices.CallerMemberName] string name = "test") =>
        StressMapsConcurrentTest.Run(test, options ?? new StressMapsOptions(), name);

    /// <summary>Explores <typeparamref name="TMap"/> under <paramref name="options"/> (the CLI's defaults when null).</summary>
    public static StressMapsResult Explore<TMap>(StressMapsOptions? options = null) => Explore(typeof(TMap), options);

    /// <summary>Explores <paramref name="mapType"/> under <paramref name="options"/> (the CLI's defaults when null).</summary>
    /// <exception cref="ArgumentException">The options name an unknown contract, strategy or scenario, or the type cannot be explored.</exception>
    /// <exception cref="InvalidOperationException">The type's assembly was not rewritten at build.</exception>
    public static StressMapsResult Explore(Type mapType, StressMapsOptions? options = null) => Explore(mapType, factory: null, options);

    /// <summary>
    /// Explores the class <paramref name="factory"/> makes, a fresh instance per schedule, under <paramref name="options"/>.
    /// Its bundles record the type and say to replay from the test (<see cref="Replay{T}"/>): the command line cannot call a lambda.
    /// </summary>
    public static StressMapsResult Explore<T>(Func<T> factory, StressMapsOptions? options = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(factory);
        return Explore(typeof(T), () => factory(), options);
    }

    /// <summary>
    /// Replays the bundle at <paramref name="bundlePath"/> (found by <see cref="Explore{T}(Func{T}, StressMapsOptions?)"/>) on
    /// instances <paramref name="factory"/> makes, judged as when it was found; <paramref name="times"/> replays must all show the bug.
    /// </summary>
    public static StressMapsReplay Replay<T>(string bundlePath, Func<T> factory, int times = 1)
        where T : class => BundleReplay.Run(bundlePath, typeof(T), () => factory(), times);

    private static StressMapsResult Explore(Type mapType, Func<object>? factory, StressMapsOptions? options)
    {
        options ??= new StressMapsOptions();
        var contract = ContractNames.Parse(options.Contract)
            ?? throw new ArgumentException($"unknown contract '{options.Contract}'; expected one of {string.Join(", ", ContractNames.All)}.", nameof(options));
        if (!StrategyName.All.Contains(options.Strategy))
        {
            throw new ArgumentException($"unknown strategy '{options.Strategy}'; expected one of {string.Join(", ", StrategyName.All)}.", nameof(options));
        }

        UserTarget user;
        try
        {
            user = BuiltTargetLoader.FromType(mapType, contract, options.ToClassOptions(), factory);
        }
        catch (TargetRejectedException rejected)
        {
            throw new ArgumentException(rejected.Message, nameof(mapType));
        }

        if (!user.IsRewritten)
        {
            throw new InvalidOperationException(
                $"{Path.GetFileName(user.Type.Assembly.Location)} is not rewritten for Coyote: the StressMaps.Testing package rewrites " +
                "the test project's output after build; reference the package from the test project and build it (StressMapsRewrite must not be false).");
        }

        var exploration = options.ToExploration(user.IsRewritten);
        var (cells, runFile) = ExploreOne(TestScenarios.For(user.Target, options), user.Target, exploration, options);
        return new StressMapsResult(user.Target.Name, ContractNames.Of(contract), exploration, cells, runFile);
    }

    /// <summary>Explores <paramref name="target"/> over <paramref name="scenarios"/> in a folder of its own; a type's bugs are shrunk (unless the options say not), a concurrent test's bundled as found.</summary>
    internal static (IReadOnlyList<CellResult> Cells, string RunFile) ExploreOne(
        IReadOnlyList<Harness.Scenarios.Scenario> scenarios, Target target, ExplorationOptions exploration, StressMapsOptions options)
    {
        var folder = OutputFolder.Prepare(Path.GetFullPath(Path.Combine(options.OutputFolder, SafeFileName.From(target.Name))));
        var request = new RunRequest(scenarios, [target], exploration, folder)
        {
            JudgedByContracts = true,
            BundleJudged = true,
            Shrink = options.Shrink && target.Test is null,
            Formats = ["markdown"],
        };
        var outcome = RunSession.Run(request, new SessionOutput(TextWriter.Null, TextWriter.Null, Environment.GetEnvironmentVariable));
        var report = new RunReport(outcome.Run, outcome.Bundles);
        return (outcome.Run.Cells.Select(cell => CellResult.Of(cell, report.BundleOf(cell), folder.Path)).ToList(), outcome.RunFile);
    }
}
