namespace StressMaps.Reduction;

/// <summary>
/// Dynamic partial-order reduction with source sets and sleep sets (Source-DPOR, Abdulla, Aronis,
/// Jonsson and Sagonas, POPL 2014), stateless: each schedule runs the program from the start,
/// replaying the current path up to the state where an untried operation is left, then continuing
/// with a fresh choice. After each schedule, every race (two dependent steps of different operations,
/// the earlier not ordered before the later through other steps) is reversed: the state before the
/// earlier step gets a backtrack entry, one of the operations that can start the part of the schedule
/// not ordered after the earlier step (its initials), unless one is there already. Sleep sets keep an
/// operation from being explored again after an independent step. Happens-before is tracked with
/// vector clocks over program order, dependence, and enabling (an operation that becomes enabled after
/// a step is ordered after it: creation, a completed join, a released lock). Flanagan and Godefroid's
/// simpler rule (back up the later step's operation itself) loses traces together with sleep sets;
/// the simulated programs in the tests found one, so it is not used.
/// A step's footprint is known once it has run: the point it began at says what it does first, and under
/// <see cref="FootprintRules.Observed"/> the program's notes between that decision and the next say the rest.
/// </summary>
/// <param name="rules">Where footprints come from.</param>
/// <param name="observer">The program's notes, for <see cref="FootprintRules.Observed"/>; null when none are kept.</param>
public sealed class DporScheduler(FootprintRules rules, IStepObserver? observer = null) : IDecisionMaker
{
    private readonly List<DporNode> _path = [];
    private readonly List<ExecutedStep> _steps = [];
    private readonly Dictionary<ulong, Dictionary<ulong, int>> _clocks = [];
    private readonly Dictionary<ulong, Footprint> _carried = [];
    private HashSet<ulong> _lastEnabled = [];
    private bool _asleep;
    private int _analysed;
    private int _longest;

    /// <summary>Schedules that ended with every enabled operation asleep: redundant, so not analysed further.</summary>
    public int SleepBlocked { get; private set; }

    /// <summary>Whether a replayed decision found other operations enabled than when first explored: the program is not deterministic under its schedule, and no verdict of this search may be trusted.</summary>
    public string? Divergence { get; private set; }

    /// <summary>Decisions taken in the current schedule.</summary>
    public int Decisions => _steps.Count;

    /// <summary>The most decisions any schedule so far took: the depth of the space.</summary>
    public int LongestSchedule => Math.Max(_longest, _steps.Count);

    /// <inheritdoc/>
    public ulong Choose(IReadOnlyList<PendingStep> enabled, ulong current)
    {
        var depth = _steps.Count;
        var footprints = enabled.ToDictionary(step => step.Id);
        if (depth > 0)
        {
            FinishStep(depth - 1, footprints.Keys);
        }
        else if (Observe() is { } setup)
        {
            // The setup's notes before the first decision order nothing; a call it noted right before its point runs after it.
            _carried[current] = setup.Carried;
        }

        ulong chosen;
        if (_asleep)
        {
            chosen = Preferred(footprints.Keys, current);
        }
        else
        {
            chosen = depth < _path.Count ? Replayed(depth, footprints) : Fresh(depth, footprints, current);
            _analysed = _asleep ? depth : depth + 1;
        }

        var point = FootprintOf.Point(footprints[chosen], rules);

        _steps.Add(new ExecutedStep(chosen, _carried.Remove(chosen, out var carriedIn) ? point.Union(carriedIn) : point));
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

        if (_steps.Count > 0)
        {
            FinishStep(_steps.Count - 1, []);
        }

        // Steps after every enabled operation fell asleep are covered elsewhere: they are not analysed.
        for (var later = 0; later < _analysed; later++)
        {
            ReverseRaces(later);
        }

        _analysed = 0;
        _longest = Math.Max(_longest, _steps.Count);
        _steps.Clear();
        _clocks.Clear();
        _carried.Clear();
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

    private ulong Replayed(int depth, Dictionary<ulong, PendingStep> footprints)
    {
        var node = _path[depth];
        if (node.Enabled.Count != footprints.Count || node.Enabled.Any(entry => !footprints.TryGetValue(entry.Key, out var now) || now != entry.Value))
        {
            Divergence ??= $"at decision {depth} the enabled operations were {Describe(footprints)}, where an earlier schedule had {Describe(node.Enabled)}";
        }

        return footprints.ContainsKey(node.Chosen) ? node.Chosen : footprints.Keys.Min();
    }

    private ulong Fresh(int depth, Dictionary<ulong, PendingStep> footprints, ulong current)
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

        var node = new DporNode(footprints, sleep, observer?.Named ?? 0);
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

    // What the program noted since the last decision, or nothing noted when it keeps no notes.
    private (Footprint Now, Footprint Carried)? Observe() => rules == FootprintRules.Observed && observer is not null ? observer.TakeStep() : null;

    private void FinishStep(int index, IEnumerable<ulong> enabledNow)
    {
        var step = _steps[index];
        if (Observe() is { } observed)
        {
            step.Footprint = step.Footprint.Union(observed.Now);
            _carried[step.Operation] = observed.Carried;
        }

        if (index < _path.Count)
        {
            _path[index].Explored[step.Operation] = step.Footprint;
        }


        var clock = _clocks.TryGetValue(step.Operation, out var own) ? new Dictionary<ulong, int>(own) : [];
        step.Before = new Dictionary<ulong, int>(clock);
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

    private void ReverseRaces(int later)
    {
        var step = _steps[later];
        var ordered = new Dictionary<ulong, int>(step.Before!);
        for (var earlier = later - 1; earlier >= 0; earlier--)
        {
            var other = _steps[earlier];
            if (other.Operation == step.Operation || !other.Footprint.DependsOn(step.Footprint) || ordered.GetValueOrDefault(other.Operation) >= earlier + 1
                || other.Footprint.HandsOverTo(step.Footprint))
            {
                continue;
            }

            // A race: ordered before this step only by their own dependence.

            AddSource(earlier, later);
            Join(ordered, other.Clock!);
        }
    }

    // Backs up, at the state before step `earlier`, an operation that can start the schedule in which `later` comes first.
    private void AddSource(int earlier, int later)
    {
        var node = _path[earlier];
        var racing = _steps[earlier];
        var notAfter = Enumerable.Range(earlier + 1, later - earlier - 1)
            .Where(index => _steps[index].Clock!.GetValueOrDefault(racing.Operation) < earlier + 1)
            .Append(later)
            .ToList();
        var initials = new List<ulong>();
        var seen = new HashSet<ulong>();
        for (var i = 0; i < notAfter.Count; i++)
        {
            var candidate = _steps[notAfter[i]];
            if (seen.Add(candidate.Operation)
                && !notAfter.Take(i).Any(before => candidate.Clock!.GetValueOrDefault(_steps[before].Operation) >= before + 1))
            {
                initials.Add(candidate.Operation);
            }
        }

        if (initials.Any(node.Backtrack.Contains))
        {
            return;
        }

        var enabled = initials.Where(node.Enabled.ContainsKey).ToList();
        if (enabled.Count == 0)
        {
            // Nothing seen enabled there can start it (an enabling this search did not see): try them all.
            node.Backtrack.UnionWith(node.Enabled.Keys);
        }
        else
        {
            node.Backtrack.Add(enabled.Contains(_steps[later].Operation) ? _steps[later].Operation : enabled.Min());
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

    private static string Describe(IReadOnlyDictionary<ulong, PendingStep> steps) =>
        "{" + string.Join(", ", steps.OrderBy(entry => entry.Key).Select(entry => $"{entry.Key}: {entry.Value.Point}{(entry.Value.State is { } state ? " " + state : "")}")) + "}";

    private sealed class ExecutedStep(ulong operation, Footprint footprint)
    {
        public ulong Operation { get; } = operation;

        // What the step's point says and what its operation's last call carried in; the notes are added when it ends.
        public Footprint Footprint { get; set; } = footprint;

        public Dictionary<ulong, int>? Clock { get; set; }

        public Dictionary<ulong, int>? Before { get; set; }
    }
}
