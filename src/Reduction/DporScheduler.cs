namespace StressMaps.Reduction;

/// <summary>
/// Dynamic partial-order reduction with sleep sets (Flanagan and Godefroid, POPL 2005), stateless:
/// each schedule runs the program from the start, replaying the current path up to the state where
/// an untried operation is left, then continuing with a fresh choice. At every state, each enabled
/// operation's next step is compared with the latest earlier step it depends on and is not ordered
/// after by happens-before; that state gets a backtrack entry (the operation if it was enabled there,
/// else every operation enabled there, the conservative rule). Sleep sets keep an operation from being
/// explored again after an independent step. Happens-before is tracked with vector clocks over the
/// dependence, program order, and enabling (an operation that becomes enabled after a step is ordered
/// after it: creation, a completed join, a released lock).
/// </summary>
public sealed class DporScheduler(FootprintRules rules) : IDecisionMaker
{
    private readonly List<DporNode> _path = [];
    private readonly List<ExecutedStep> _steps = [];
    private readonly Dictionary<ulong, Dictionary<ulong, int>> _clocks = [];
    private HashSet<ulong> _lastEnabled = [];
    private bool _asleep;

    /// <summary>Schedules that ended with every enabled operation asleep: redundant, so not analysed further.</summary>
    public int SleepBlocked { get; private set; }

    /// <summary>Whether a replayed decision found other operations enabled than when first explored: the program is not deterministic under its schedule, and no verdict of this search may be trusted.</summary>
    public string? Divergence { get; private set; }

    /// <summary>Decisions taken in the current schedule.</summary>
    public int Decisions => _steps.Count;

    /// <inheritdoc/>
    public ulong Choose(IReadOnlyList<PendingStep> enabled, ulong current)
    {
        var depth = _steps.Count;
        var footprints = enabled.ToDictionary(step => step.Id, step => FootprintOf.Step(step, rules));
        if (depth > 0)
        {
            FinishStep(depth - 1, footprints.Keys);
        }

        ulong chosen;
        if (_asleep)
        {
            chosen = Preferred(footprints.Keys, current);
        }
        else
        {
            FindRaces(depth, footprints);
            chosen = depth < _path.Count ? Replayed(depth, footprints) : Fresh(depth, footprints, current);
        }

        _steps.Add(new ExecutedStep(chosen, footprints[chosen]));
        _lastEnabled = [.. footprints.Keys];
        return chosen;
    }

    /// <summary>Ends a schedule and sets up the next: false when no untried operation is left anywhere, and the search is complete.</summary>
    public bool NextSchedule()
    {
        if (_asleep)
        {
            SleepBlocked++;
        }

        _steps.Clear();
        _clocks.Clear();
        _lastEnabled = [];
        _asleep = false;
        for (var depth = _path.Count - 1; depth >= 0; depth--)
        {
            if (_path[depth].NextUntried() is { } untried)
            {
                _path.RemoveRange(depth + 1, _path.Count - depth - 1);
                _path[depth].Take(untried);
                return true;
            }
        }

        _path.Clear();
        return false;
    }

    private ulong Replayed(int depth, Dictionary<ulong, Footprint> footprints)
    {
        var node = _path[depth];
        if (node.Enabled.Count != footprints.Count || node.Enabled.Any(entry => !footprints.TryGetValue(entry.Key, out var now) || now != entry.Value))
        {
            Divergence ??= $"at decision {depth} the enabled operations were {Describe(footprints)}, where an earlier schedule had {Describe(node.Enabled)}";
        }

        return footprints.ContainsKey(node.Chosen) ? node.Chosen : footprints.Keys.Min();
    }

    private ulong Fresh(int depth, Dictionary<ulong, Footprint> footprints, ulong current)
    {
        var sleep = depth == 0 ? [] : _path[depth - 1].SleepAfterChosen();
        foreach (var operation in sleep.Keys.Where(operation => !footprints.ContainsKey(operation)).ToList())
        {
            sleep.Remove(operation);
        }

        var awake = footprints.Keys.Where(operation => !sleep.ContainsKey(operation)).ToList();
        if (awake.Count == 0)
        {
            // Every enabled step was explored from an earlier state with nothing dependent since: what follows is covered.
            _asleep = true;
            return Preferred(footprints.Keys, current);
        }

        var node = new DporNode(footprints, sleep);
        node.Take(Preferred(awake, current));
        _path.Add(node);
        return node.Chosen;
    }

    // Staying on the current operation first keeps the first schedule free of preemptions.
    private static ulong Preferred(IEnumerable<ulong> operations, ulong current)
    {
        var list = operations.ToList();
        return list.Contains(current) ? current : list.Min();
    }

    private void FinishStep(int index, IEnumerable<ulong> enabledNow)
    {
        var step = _steps[index];
        var clock = _clocks.TryGetValue(step.Operation, out var own) ? new Dictionary<ulong, int>(own) : [];
        for (var earlier = 0; earlier < index; earlier++)
        {
            var other = _steps[earlier];
            if (other.Operation != step.Operation && other.Footprint.DependsOn(step.Footprint))
            {
                Join(clock, other.Clock!);
            }
        }

        clock[step.Operation] = index + 1;
        step.Clock = clock;
        _clocks[step.Operation] = clock;
        foreach (var enabled in enabledNow.Where(operation => operation != step.Operation && !_lastEnabled.Contains(operation)))
        {
            // It could not run before this step: whatever enabled it (a creation, a completion, a release) ran in it.
            var theirs = _clocks.TryGetValue(enabled, out var existing) ? new Dictionary<ulong, int>(existing) : [];
            Join(theirs, clock);
            _clocks[enabled] = theirs;
        }
    }

    private void FindRaces(int depth, Dictionary<ulong, Footprint> footprints)
    {
        foreach (var (operation, footprint) in footprints)
        {
            var clock = _clocks.GetValueOrDefault(operation);
            for (var earlier = Math.Min(depth, _path.Count) - 1; earlier >= 0; earlier--)
            {
                var step = _steps[earlier];
                if (step.Operation == operation || !step.Footprint.DependsOn(footprint))
                {
                    continue;
                }

                if (clock is null || clock.GetValueOrDefault(step.Operation) < earlier + 1)
                {
                    // The latest dependent step not already ordered before this one: reverse the race there.
                    AddBacktrack(_path[earlier], operation);
                    break;
                }
            }
        }
    }

    private static void AddBacktrack(DporNode node, ulong operation)
    {
        if (node.Enabled.ContainsKey(operation))
        {
            node.Backtrack.Add(operation);
        }
        else
        {
            node.Backtrack.UnionWith(node.Enabled.Keys);
        }
    }

    private static void Join(Dictionary<ulong, int> into, Dictionary<ulong, int> from)
    {
        foreach (var (operation, index) in from)
        {
            if (into.GetValueOrDefault(operation) < index)
            {
                into[operation] = index;
            }
        }
    }

    private static string Describe(IReadOnlyDictionary<ulong, Footprint> footprints) =>
        "{" + string.Join(", ", footprints.OrderBy(entry => entry.Key).Select(entry => $"{entry.Key}: {entry.Value}")) + "}";

    private sealed class ExecutedStep(ulong operation, Footprint footprint)
    {
        public ulong Operation { get; } = operation;

        public Footprint Footprint { get; } = footprint;

        public Dictionary<ulong, int>? Clock { get; set; }
    }
}
