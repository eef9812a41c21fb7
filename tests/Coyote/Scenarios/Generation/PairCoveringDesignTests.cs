using StressMaps.Harness.Scenarios.Generation;
using StressMaps.Harness.Targets.Operations;

namespace StressMaps.Tests.Scenarios.Generation;

public class PairCoveringDesignTests
{
    private static readonly OperationModel Eight = OperationDiscovery.Discover(typeof(EightOperations), DomainOptions.Default);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(13)]
    [InlineData(21)]
    [InlineData(25)]
    public void TheTriplesPutEveryPairOfOperationsInTwoTasks(int count)
    {
        var covered = new HashSet<(int, int)>();
        foreach (var (a, b, c) in PairCoveringDesign.Triples(count))
        {
            covered.UnionWith([Ordered(a, b), Ordered(a, c), Ordered(b, c)]);
        }

        for (var i = 0; i < count; i++)
        {
            for (var j = i; j < count; j++)
            {
                Assert.Contains((i, j), covered);
            }
        }
    }

    [Theory]
    [InlineData(7, 28)]
    [InlineData(13, 91)]
    [InlineData(21, 231)]
    public void ThreeTasksAScenarioTakeLessThanHalfTheScenariosOnePairAScenarioTakes(int count, int pairs)
    {
        Assert.InRange(PairCoveringDesign.Triples(count).Count, pairs / 3, pairs / 2);
    }

    [Fact]
    public void AClassOfMoreThanSixOperationsGetsTrioScenariosCoveringEveryPairWithTheKeyAbsentAndPresent()
    {
        Assert.Equal(8, Eight.Operations.Count);

        var scenarios = ClassScenarioGenerator.PairScenarios(Eight);
        var coverage = ClassCoverage.Of(Eight, scenarios);

        Assert.True(coverage.AllPairs(presentPossible: true));
        Assert.All(scenarios, scenario => Assert.Equal(3, scenario.Tasks.Count));
        Assert.True(scenarios.Count < ClassScenarioGenerator.Pairs(Eight).Count / 2, $"{scenarios.Count} scenarios");
        Assert.StartsWith("trio-", scenarios[0].Name);
    }

    [Fact]
    public void AClassOfSixOperationsOrFewerKeepsOneScenarioAPair()
    {
        var five = OperationDiscovery.Discover(typeof(Targets.Operations.FiveOperations), DomainOptions.Default);

        Assert.Equal(ClassScenarioGenerator.Pairs(five).Select(scenario => scenario.Name), ClassScenarioGenerator.PairScenarios(five).Select(scenario => scenario.Name));
    }

    private static (int, int) Ordered(int x, int y) => x <= y ? (x, y) : (y, x);
}

/// <summary>Eight operations over one locked dictionary: more than a scenario a pair allows.</summary>
public class EightOperations
{
    private readonly object _gate = new();
    private readonly Dictionary<string, int> _values = [];

    public void Store(string key, int value)
    {
        lock (_gate)
        {
            _values[key] = value;
        }
    }

    public int Read(string key)
    {
        lock (_gate)
        {
            return _values.GetValueOrDefault(key, -1);
        }
    }

    public bool Drop(string key)
    {
        lock (_gate)
        {
            return _values.Remove(key);
        }
    }

    public bool Has(string key)
    {
        lock (_gate)
        {
            return _values.ContainsKey(key);
        }
    }

    public int Size()
    {
        lock (_gate)
        {
            return _values.Count;
        }
    }

    public void Empty()
    {
        lock (_gate)
        {
            _values.Clear();
        }
    }

    public void Bump(string key)
    {
        lock (_gate)
        {
            _values[key] = _values.GetValueOrDefault(key) + 1;
        }
    }

    public bool Claim(string key, int value)
    {
        lock (_gate)
        {
            return _values.TryAdd(key, value);
        }
    }
}
