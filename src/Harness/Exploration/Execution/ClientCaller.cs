using Microsoft.Coyote.Runtime;
using StressMaps.Frames;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Targets;
using StressMaps.Maps;
using StressMaps.Status;

namespace StressMaps.Harness.Exploration.Execution;

/// <summary>
/// One caller of the map: runs its operations in order and keeps what the map handed it.
/// </summary>
/// <remarks>
/// Calls on a handed-out <see cref="Dictionary{TKey, TValue}"/> are made through the concrete type,
/// as a caller of <c>Dictionary&lt;,&gt; GetAll()</c> would: Coyote's collection race check only sees
/// calls typed as <c>Dictionary</c>. Enumerations yield a scheduling point per entry, because a real
/// thread can be preempted inside a loop body; that is where "Collection was modified" comes from.
/// An optional <see cref="IOperationObserver"/> hears each call and return (for the oracles), and an
/// optional <see cref="ScheduleJournal"/> records what ran where (for bundles and reports); without
/// them the caller behaves exactly as it always has.
/// </remarks>
/// <param name="map">The map every call goes to.</param>
/// <param name="observer">Hears each call and return, or null.</param>
/// <param name="journal">Where to record what this caller runs, or null to record nothing.</param>
/// <param name="task">This caller's task index in the journal (-1 for the setup).</param>
public sealed class ClientCaller(
    IMap<string, int> map, IOperationObserver? observer = null, ScheduleJournal? journal = null, int task = -1)
{
    private IReadOnlyDictionary<string, int>? _handedOut;
    private int _operation;

    /// <summary>Runs <paramref name="operations"/> in order, with a scheduling point between two calls.</summary>
    public void Run(IReadOnlyList<ScenarioOperation> operations)
    {
        for (var i = 0; i < operations.Count; i++)
        {
            if (i > 0)
            {
                SchedulingPoint.Interleave();
            }

            if (journal is null)
            {
                ExecuteObserved(operations[i]);
            }
            else
            {
                ExecuteRecorded(i, operations[i], journal);
            }
        }
    }

    private void ExecuteRecorded(int index, ScenarioOperation operation, ScheduleJournal into)
    {
        _operation = index;
        into.Add(new JournalEntry(task, index, JournalPhase.Begin, operation.ToString()));
        object? result;
        try
        {
            result = ExecuteObserved(operation);
        }
        catch (Exception error)
        {
            into.AddFailure(task, index, error);
            throw;
        }

        into.Add(new JournalEntry(task, index, JournalPhase.End, result switch
        {
            null => null,
            bool flag => flag ? "true" : "false",
            IFormattable value => value.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
            var other => other.ToString(),
        }));
    }

    // Marks a scheduling point inside an operation, so the journal shows where a task can be preempted mid-call.
    // The detail is formatted only when there is a journal: this runs once per enumerated entry.
    private void Inside(string what, int value) =>
        journal?.Add(new JournalEntry(task, _operation, JournalPhase.Inside, $"{what} {value}"));

    /// <summary>Performs one operation and returns what it observed (null for a write).</summary>
    public object? Execute(ScenarioOperation operation) => operation.Kind switch
    {
        OperationKind.Get => map.TryGetValue(KeyOf(operation), out var value) ? value : null,
        OperationKind.Set => Write(operation),
        OperationKind.Remove => map.Remove(KeyOf(operation)),
        OperationKind.Count => map.Count,
        OperationKind.Enumerate => CountWhileYielding(map),
        OperationKind.Increment => IncrementByReadThenWrite(KeyOf(operation)),
        OperationKind.AtomicIncrement => AtomicUpdateMap.AddOrUpdate(KeyOf(operation), 1, static (_, current) => current + 1),
        OperationKind.Snapshot => TakeSnapshot(),
        OperationKind.ReadSnapshot => ReadHandedOut(KeyOf(operation)),
        OperationKind.EnumerateSnapshot => EnumerateHandedOut(),
        OperationKind.WriteSnapshot => WriteHandedOut(KeyOf(operation), operation.Value),
        OperationKind.Add => AddEntry(operation),
        OperationKind.ContainsKey => DictionaryOperations.ContainsKey(KeyOf(operation)),
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation.Kind, "unknown operation"),
    };

    private IAtomicUpdateMap<string, int> AtomicUpdateMap =>
        map as IAtomicUpdateMap<string, int>
        ?? throw new InvalidOperationException($"{map.GetType().Name} offers no atomic update.");

    private IDictionaryOperations DictionaryOperations =>
        map as IDictionaryOperations
        ?? throw new InvalidOperationException($"{map.GetType().Name} offers no IDictionary operations.");

    private IReadOnlyDictionary<string, int> HandedOut =>
        _handedOut ?? throw new InvalidOperationException("The scenario uses the handed-out map before a snapshot() step.");

    private static string KeyOf(ScenarioOperation operation) =>
        operation.Key ?? throw new InvalidOperationException($"{operation.Kind} needs a key.");

    private object? Write(ScenarioOperation operation)
    {
        map.Set(KeyOf(operation), operation.Value);
        return null;
    }

    // The status board hears each call so that a watchdog can name the one that never returned. It lives
    // in an assembly Coyote does not rewrite, so these calls add no scheduling point.
    private object? ExecuteObserved(ScenarioOperation operation)
    {
        var slot = StatusBoard.Begin(operation);
        try
        {
            return ExecuteAndTell(operation);
        }
        finally
        {
            StatusBoard.End(slot);
        }
    }

    // Without an observer this is Execute; with one, the observer hears the call and its outcome.
    private object? ExecuteAndTell(ScenarioOperation operation)
    {
        if (observer is null)
        {
            return Execute(operation);
        }

        // The observer's history orders every call and return: for the partial-order reduction each one writes it.
        StepNotes.TouchNamed(ObserverHistory, write: true);
        var token = observer.Called(operation);
        object? result;
        try
        {
            result = Execute(operation);
        }
        catch (Exception exception) when (HistoryNoted() && observer.Threw(token, exception))
        {
            return null;
        }

        StepNotes.TouchNamed(ObserverHistory, write: true);
        observer.Returned(token, result);
        return result;
    }

    private const string ObserverHistory = "observer history";

    private static bool HistoryNoted()
    {
        StepNotes.TouchNamed(ObserverHistory, write: true);
        return true;
    }

    private object? AddEntry(ScenarioOperation operation)
    {
        DictionaryOperations.Add(KeyOf(operation), operation.Value);
        return null;
    }

    private int IncrementByReadThenWrite(string key)
    {
        var current = map.TryGetValue(key, out var value) ? value : 0;
        Inside("read", current);
        SchedulingPoint.Interleave();
        map.Set(key, current + 1);
        return current + 1;
    }

    private int TakeSnapshot()
    {
        _handedOut = map.Snapshot();
        return _handedOut.Count;
    }

    private int? ReadHandedOut(string key)
    {
        // The notes say what each call on the hand-out touches, for the partial-order reduction (StepNotes.HandedOut).
        if (HandedOut is Dictionary<string, int> dictionary)
        {
            StepNotes.Touch(dictionary, write: false, carried: true);
            return dictionary.TryGetValue(key, out var fromDictionary) ? fromDictionary : null;
        }

        StepNotes.HandedOut(HandedOut, write: false, carried: false);
        return HandedOut.TryGetValue(key, out var value) ? value : null;
    }

    private int EnumerateHandedOut() =>
        HandedOut is Dictionary<string, int> dictionary ? CountWhileYielding(dictionary) : CountWhileYielding(HandedOut);

    private bool WriteHandedOut(string key, int value)
    {
        switch (HandedOut)
        {
            case Dictionary<string, int> dictionary:
                StepNotes.Touch(dictionary, write: true, carried: true);
                dictionary[key] = value;
                return true;
            case IDictionary<string, int> { IsReadOnly: false } writable:
                StepNotes.HandedOut(writable, write: true, carried: false);
                writable[key] = value;
                return true;
            default:
                // A read-only hand-out cannot be written: that is exactly what makes it safe to share.
                return false;
        }
    }

    // Each MoveNext reads the dictionary, in whichever step it runs: noted before each one. A mutable local, not
    // `using var`: the struct enumerator must not be copied.
    private int CountWhileYielding(Dictionary<string, int> dictionary)
    {
        var seen = 0;
        StepNotes.Touch(dictionary, write: false, carried: true);
        var entries = dictionary.GetEnumerator();
        try
        {
            while (true)
            {
                StepNotes.Touch(dictionary, write: false);
                if (!entries.MoveNext())
                {
                    return seen;
                }

                _ = entries.Current;
                seen++;
                Inside("entry", seen);
                SchedulingPoint.Interleave();
            }
        }
        finally
        {
            entries.Dispose();
        }
    }

    private int CountWhileYielding(IEnumerable<KeyValuePair<string, int>> source)
    {
        var seen = 0;
        StepNotes.HandedOut(source, write: false, carried: false);
        using var entries = source.GetEnumerator();
        while (true)
        {
            StepNotes.Enumerating(entries);
            if (!entries.MoveNext())
            {
                return seen;
            }

            _ = entries.Current;
            seen++;
            Inside("entry", seen);
            SchedulingPoint.Interleave();
        }
    }
}
