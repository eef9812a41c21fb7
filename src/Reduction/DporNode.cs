namespace StressMaps.Reduction;

/// <summary>
/// One state on the current path of the search: the operations enabled there with their next
/// steps, the one taken, the ones still to take (backtrack), the ones taken already (done), and
/// the ones asleep (their step was explored from an earlier state and nothing dependent ran since).
/// </summary>
internal sealed class DporNode(IReadOnlyDictionary<ulong, Footprint> enabled, Dictionary<ulong, Footprint> sleep)
{
    /// <summary>The enabled operations and the footprint of each one's next step.</summary>
    public IReadOnlyDictionary<ulong, Footprint> Enabled { get; } = enabled;

    /// <summary>The sleeping operations and the footprint of each one's next step.</summary>
    public Dictionary<ulong, Footprint> Sleep { get; } = sleep;

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
    public Dictionary<ulong, Footprint> SleepAfterChosen()
    {
        var taken = Enabled[Chosen];
        var sleep = new Dictionary<ulong, Footprint>();
        foreach (var (operation, footprint) in Sleep.Concat(Done.Where(done => done != Chosen).Select(done => KeyValuePair.Create(done, Enabled[done]))))
        {
            if (operation != Chosen && !footprint.DependsOn(taken))
            {
                sleep[operation] = footprint;
            }
        }

        return sleep;
    }
}
