using System.Numerics;
using System.Text;

namespace StressMaps.Harness.Oracles.Linearizability;

/// <summary>
/// Decides whether a concurrent history of calls is linearizable against a sequential specification
/// (<see cref="SequentialMapModel"/> for maps, the class itself for a target class): some sequential order
/// of the calls that respects real-time order (a call that returned before another was called goes first)
/// gives every call the answer it got.
/// </summary>
/// <remarks>
/// The search is Wing and Gong's, with Lowe's pruning: only a call that could be the first of the
/// pending ones goes next (it was called before every pending call returned), and a node already seen
/// (the same set of linearized calls with the same model state) is not searched again. The calls of
/// one task never overlap, so a linearized set is a prefix of each task's calls: 3 tasks of 6 calls
/// give at most 7³ = 343 sets, times the few model states each can reach, whatever the interleaving.
/// </remarks>
public static class LinearizabilityChecker
{
    /// <summary>The largest history the checker takes (one bit per call).</summary>
    public const int MaxOperations = 64;

    /// <summary>Whether the model knows every operation in <paramref name="history"/> and it is small enough.</summary>
    public static bool CanCheck(IReadOnlyList<HistoryEntry> history) =>
        history.Count <= MaxOperations && history.All(entry => SequentialMapModel.Supports(entry.Operation.Kind));

    /// <summary>Checks <paramref name="history"/> from an empty map.</summary>
    public static LinearizabilityVerdict Check(IReadOnlyList<HistoryEntry> history)
    {
        if (!CanCheck(history))
        {
            throw new ArgumentException(
                $"The checker takes up to {MaxOperations} calls of operations the sequential model knows.", nameof(history));
        }

        return Check(history, MapSpecification.Instance);
    }

    /// <summary>Checks <paramref name="history"/> (at most <see cref="MaxOperations"/> calls) against <paramref name="specification"/>.</summary>
    public static LinearizabilityVerdict Check<TState>(IReadOnlyList<HistoryEntry> history, ISequentialSpecification<TState> specification)
        where TState : IEquatable<TState>
    {
        if (history.Count > MaxOperations)
        {
            throw new ArgumentException($"The checker takes up to {MaxOperations} calls.", nameof(history));
        }

        var search = new Search<TState>(history.OrderBy(entry => entry.CalledAt).ToArray(), specification);
        var linearizable = search.Run();
        return new LinearizabilityVerdict(
            linearizable,
            linearizable ? search.Witness : search.Deepest,
            linearizable ? "" : Explain(search),
            search.Nodes);
    }

    private static string Explain<TState>(Search<TState> search)
        where TState : IEquatable<TState>
    {
        var text = new StringBuilder();
        text.AppendLine("Not linearizable: no sequential order of these calls, respecting real-time order, gives every call the answer it got.");
        text.AppendLine("History (each call with its answer and its logical call..return times):");
        text.AppendLine(HistoryTable.Format(search.Entries));

        text.AppendLine(search.Deepest.Count == 0
            ? "No call can go first:"
            : $"The longest order that fits ({search.Deepest.Count} of {search.Entries.Length} calls): " +
              string.Join("; ", search.Deepest.Select(entry => $"{entry.TaskName} {entry.Operation}")) +
              $", {search.Specification.Describe(search.DeepestState)}; then no call can go next:");
        foreach (var (entry, modelAnswer) in search.DeepestRejections)
        {
            text.AppendLine(modelAnswer is null
                ? $"  {entry.TaskName} {entry.Operation}: another pending call returned before it was called"
                : $"  {entry.TaskName} {entry.Operation} answered {entry.Result}, but {search.Specification.Subject} would answer {modelAnswer}");
        }

        return text.ToString().TrimEnd();
    }

    private sealed class Search<TState>(HistoryEntry[] entries, ISequentialSpecification<TState> specification)
        where TState : IEquatable<TState>
    {
        private readonly HashSet<(ulong Done, TState State)> _seen = [];
        private readonly List<HistoryEntry> _order = [];
        private bool _hasDeepest;

        public HistoryEntry[] Entries => entries;

        public ISequentialSpecification<TState> Specification => specification;

        public int Nodes { get; private set; }

        public IReadOnlyList<HistoryEntry> Witness { get; private set; } = [];

        public IReadOnlyList<HistoryEntry> Deepest { get; private set; } = [];

        public TState DeepestState { get; private set; } = specification.Initial;

        public IReadOnlyList<(HistoryEntry Entry, string? ModelAnswer)> DeepestRejections { get; private set; } = [];

        public bool Run() => Visit(0, specification.Initial);

        private ulong All => entries.Length == 64 ? ulong.MaxValue : (1UL << entries.Length) - 1;

        private bool Visit(ulong done, TState state)
        {
            if (done == All)
            {
                Witness = _order.ToList();
                return true;
            }

            if (!_seen.Add((done, state)))
            {
                return false;
            }

            Nodes++;
            // A pending call can go next only if it was called before the earliest return among the
            // pending calls; otherwise that call must precede it.
            var earliestReturn = long.MaxValue;
            for (var i = 0; i < entries.Length; i++)
            {
                if ((done & (1UL << i)) == 0)
                {
                    earliestReturn = Math.Min(earliestReturn, entries[i].ReturnedAt);
                }
            }

            var rejections = new List<(HistoryEntry, string?)>();
            for (var i = 0; i < entries.Length; i++)
            {
                var entry = entries[i];
                if ((done & (1UL << i)) != 0)
                {
                    continue;
                }

                if (entry.CalledAt > earliestReturn)
                {
                    rejections.Add((entry, null));
                    continue;
                }

                var (answer, compared, after) = specification.Apply(state, entry);
                if (compared && answer != entry.Result)
                {
                    rejections.Add((entry, answer));
                    continue;
                }

                _order.Add(entry);
                if (Visit(done | (1UL << i), after))
                {
                    return true;
                }

                _order.RemoveAt(_order.Count - 1);
            }

            // The deepest dead end explains the verdict best: it got furthest before every candidate failed.
            if (!_hasDeepest || BitOperations.PopCount(done) > Deepest.Count)
            {
                _hasDeepest = true;
                Deepest = _order.ToList();
                DeepestState = state;
                DeepestRejections = rejections;
            }

            return false;
        }
    }
}
