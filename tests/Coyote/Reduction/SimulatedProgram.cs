using StressMaps.Reduction;

namespace StressMaps.Tests.Reduction;

/// <summary>
/// A program of a few processes, each a list of declared reads and writes, run by a scheduler
/// without Coyote, so the partial-order search can be checked against every interleaving.
/// A process may wait for another to finish before its first step (a join, which enables it).
/// </summary>
internal sealed record SimulatedProgram(IReadOnlyList<IReadOnlyList<Footprint>> Processes, IReadOnlyList<int?> WaitsFor)
{
    /// <summary>
    /// A random program: 2 or 3 processes of 1 to <paramref name="maxSteps"/> steps over <paramref name="objects"/>
    /// objects; sometimes the last process waits for the first to finish.
    /// </summary>
    public static SimulatedProgram Random(int seed, int maxSteps = 3, int objects = 2)
    {
        var random = new Random(seed);
        var count = random.Next(2, 4);
        var processes = Enumerable.Range(0, count).Select(_ => (IReadOnlyList<Footprint>)Enumerable.Range(0, random.Next(1, maxSteps + 1))
            .Select(_ => (random.Next(2) == 0, $"o{random.Next(objects)}") is var (writes, target) && writes ? Footprint.Write(target) : Footprint.Read(target))
            .ToList()).ToList();
        var waits = Enumerable.Range(0, count).Select(p => p == count - 1 && random.Next(5) == 0 ? (int?)0 : null).ToList();
        return new SimulatedProgram(processes, waits);
    }

    /// <summary>The processes that may take a step after <paramref name="done"/> steps each.</summary>
    public IEnumerable<int> Enabled(int[] done) => Enumerable.Range(0, Processes.Count)
        .Where(p => done[p] < Processes[p].Count && (done[p] > 0 || WaitsFor[p] is not { } other || done[other] == Processes[other].Count));

    /// <summary>Every interleaving, each as its sequence of (process, step) events.</summary>
    public IEnumerable<IReadOnlyList<(int Process, int Step)>> AllInterleavings()
    {
        var done = new int[Processes.Count];
        var events = new List<(int, int)>();
        return Walk(done, events);
    }

    /// <summary>What identifies an interleaving's Mazurkiewicz trace: the order of every two dependent events.</summary>
    public string TraceOf(IReadOnlyList<(int Process, int Step)> events)
    {
        var orders = new List<string>();
        for (var i = 0; i < events.Count; i++)
        {
            for (var j = i + 1; j < events.Count; j++)
            {
                if (events[i].Process != events[j].Process && FootprintOf(events[i]).DependsOn(FootprintOf(events[j])))
                {
                    orders.Add($"{events[i]}<{events[j]}");
                }
            }
        }

        return string.Join(" ", orders.Order(StringComparer.Ordinal));
    }

    /// <summary>Runs the search to its end; returns each schedule's events.</summary>
    public List<IReadOnlyList<(int Process, int Step)>> Search(DporScheduler scheduler)
    {
        var schedules = new List<IReadOnlyList<(int Process, int Step)>>();
        do
        {
            var done = new int[Processes.Count];
            var events = new List<(int Process, int Step)>();
            var current = 0;
            while (Enabled(done).ToList() is { Count: > 0 } enabled)
            {
                var pending = enabled.Select(p => Pending(p, done[p])).ToList();
                current = (int)scheduler.Choose(pending, (ulong)current);
                events.Add((current, done[current]++));
            }

            schedules.Add(events);
        }
        while (scheduler.NextSchedule());
        return schedules;
    }

    private PendingStep Pending(int process, int step)
    {
        var footprint = Processes[process][step];
        var written = footprint.Writes.Count > 0;
        return new PendingStep((ulong)process, 0, written ? PointKind.Write : PointKind.Read, (written ? footprint.Writes : footprint.Reads).Single());
    }

    private Footprint FootprintOf((int Process, int Step) e) => Processes[e.Process][e.Step];

    private IEnumerable<IReadOnlyList<(int Process, int Step)>> Walk(int[] done, List<(int, int)> events)
    {
        var enabled = Enabled(done).ToList();
        if (enabled.Count == 0)
        {
            yield return events.ToList();
            yield break;
        }

        foreach (var p in enabled)
        {
            events.Add((p, done[p]++));
            foreach (var complete in Walk(done, events))
            {
                yield return complete;
            }

            done[p]--;
            events.RemoveAt(events.Count - 1);
        }
    }
}
