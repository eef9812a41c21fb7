namespace StressMaps.Frames;

/// <summary>
/// The interleaving coverage of one cell: every ordered pair of conflicting accesses (the same resource, at
/// least one a write, from two different scenario tasks) that some schedule realised, one access right after
/// the other on that resource. A pair is named by its two code sites, never by an object's address, so the
/// same pair in the next schedule is the same pair. The setup (task 0) runs before every task and adds none.
/// </summary>
public sealed class CoverageRecorder
{
    private readonly object _gate = new();
    private readonly HashSet<AccessPair> _pairs = [];
    private readonly Dictionary<string, ResourceState> _resources = [];
    private readonly List<(int Schedule, int Pairs)> _growth = [];

    /// <summary>Schedules begun so far.</summary>
    public int Schedules { get; private set; }

    /// <summary>The schedule (1-based) that last added a pair; 0 when none did.</summary>
    public int LastNewPairAt { get; private set; }

    /// <summary>How many distinct pairs the schedules realised.</summary>
    public int PairCount
    {
        get
        {
            lock (_gate)
            {
                return _pairs.Count;
            }
        }
    }

    /// <summary>Every schedule that added pairs, with the total after it: the coverage curve.</summary>
    public IReadOnlyList<(int Schedule, int Pairs)> Growth
    {
        get
        {
            lock (_gate)
            {
                return _growth.ToList();
            }
        }
    }

    /// <summary>The pairs seen, sorted by their text.</summary>
    public IReadOnlyList<AccessPair> Pairs
    {
        get
        {
            lock (_gate)
            {
                return _pairs.OrderBy(pair => pair.ToString(), StringComparer.Ordinal).ToList();
            }
        }
    }

    /// <summary>The last pair the current schedule realised, new or not: after a race report, the two accesses that raced.</summary>
    public AccessPair? LastConflict { get; private set; }

    /// <summary>A schedule starts: accesses of the previous one no longer pair with the next ones.</summary>
    public void BeginSchedule()
    {
        lock (_gate)
        {
            _resources.Clear();
            LastConflict = null;
            Schedules++;
        }
    }

    /// <summary>Task <paramref name="task"/> accessed <paramref name="resource"/> at <paramref name="site"/>.</summary>
    public void Access(string resource, string site, bool write, int task)
    {
        if (task == 0)
        {
            return;
        }

        lock (_gate)
        {
            if (!_resources.TryGetValue(resource, out var state))
            {
                state = new ResourceState();
                _resources[resource] = state;
            }

            var before = _pairs.Count;
            var access = new SiteAccess(site, write, task);
            if (state.LastWrite is { } lastWrite && lastWrite.Task != task)
            {
                Realise(new AccessPair(resource, lastWrite.Site, true, site, write));
            }

            if (write)
            {
                foreach (var read in state.ReadsSinceWrite.Where(read => read.Task != task))
                {
                    Realise(new AccessPair(resource, read.Site, false, site, true));
                }

                state.LastWrite = access;
                state.ReadsSinceWrite.Clear();
            }
            else if (!state.ReadsSinceWrite.Contains(access))
            {
                state.ReadsSinceWrite.Add(access);
            }

            if (_pairs.Count > before)
            {
                LastNewPairAt = Schedules;
                if (_growth.Count > 0 && _growth[^1].Schedule == Schedules)
                {
                    _growth[^1] = (Schedules, _pairs.Count);
                }
                else
                {
                    _growth.Add((Schedules, _pairs.Count));
                }
            }
        }
    }

    private void Realise(AccessPair pair)
    {
        _pairs.Add(pair);
        LastConflict = pair;
    }

    private sealed class ResourceState
    {
        public SiteAccess? LastWrite { get; set; }

        public List<SiteAccess> ReadsSinceWrite { get; } = [];
    }

    private sealed record SiteAccess(string Site, bool Write, int Task);
}

/// <summary>Two conflicting accesses to <paramref name="Resource"/>, the first at <paramref name="First"/>, then the second at <paramref name="Second"/>.</summary>
public sealed record AccessPair(string Resource, string First, bool FirstWrites, string Second, bool SecondWrites)
{
    /// <inheritdoc/>
    public override string ToString() =>
        $"{Resource}: {(FirstWrites ? "write" : "read")} {First} -> {(SecondWrites ? "write" : "read")} {Second}";
}
