namespace StressMaps.Reduction;

/// <summary>
/// One state on the current path of the search: the operations enabled there, the one taken, the ones
/// still to take (backtrack), the ones taken already (done) with the footprint each one's step had when
/// it ran from here, and the ones asleep (their step was explored from an earlier state and nothing
/// dependent ran since).
/// </summary>
internal sealed class DporNode(IReadOnlyDictionary<ulong, PendingStep> enabled, Dictionary<ulong, Sleeper> sleep, int named)
{
    /// <summary>The enabled operations and the point each waits at.</summary>
    public IReadOnlyDictionary<ulong, PendingStep> Enabled { get; } = enabled;

    /// <summary>The sleeping operations and the footprint of each one's next step.</summary>
    public Dictionary<ulong, Sleeper> Sleep { get; } = sleep;

    /// <summary>How many objects had names when this state was reached.</summary>
    public int Named { get; } = named;

    /// <summary>The footprint each operation's step from here had, as observed when it ran.</summary>
    public Dictionary<ulong, Footprint> Explored { get; } = [];

    /// <summary>The operations to explore from here.</summary>
    public HashSet<ulong> Backtrack { get; } = [];

    /// <summary>The operations explored from here.</summary>
    public HashSet<ulong> Done { get; } = [];

    /// <summary>The operation taken on the current path.</summary>
    public ulong Chosen { get; private set; }

    /// <summary>Takes <paramref name="operation"/> from here.</summary>
    public void Take(ulong operation)
    {
        Chosen = operation;
        Backtrack.Add(operation);
        Done.Add(operation);
    }

    /// <summary>An operation still to explore from here, awake and not done, or null.</summary>
    public ulong? NextUntried() =>
        Backtrack.Where(operation => !Done.Contains(operation) && !Sleep.ContainsKey(operation) && Enabled.ContainsKey(operation))
            .Order().Cast<ulong?>().FirstOrDefault();

    /// <summary>The sleep set of the state reached by taking <see cref="Chosen"/>: what slept or was done here and is independent of it.</summary>
    public Dictionary<ulong, Sleeper> SleepAfterChosen()
    {
        var taken = FootprintOf(Chosen);
        var sleep = new Dictionary<ulong, Sleeper>();
        var done = Done.Where(operation => operation != Chosen).Select(operation => KeyValuePair.Create(operation, new Sleeper(FootprintOf(operation), Named)));
        foreach (var (operation, sleeper) in Sleep.Concat(done))
        {
            if (operation != Chosen && !sleeper.Footprint.DependsOn(taken, sleeper.Named))
            {
                sleep[operation] = sleeper;
            }
        }

        return sleep;
    }

    // A step that never reported its footprint may have touched anything.
    private Footprint FootprintOf(ulong operation) => Explored.TryGetValue(operation, out var footprint) ? footprint : Footprint.Anything;
}

/// <summary>A sleeping operation: the footprint of its next step, and how many objects had names where that footprint was observed.</summary>
internal readonly record struct Sleeper(Footprint Footprint, int Named);
