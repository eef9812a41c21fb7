using System.Collections;
using System.Diagnostics.CodeAnalysis;
using StressMaps.Harness.Targets;
using StressMaps.Maps;

namespace StressMaps.Harness.Oracles.Contracts;

/// <summary>
/// One task's view of a target whose calls the <see cref="ContractMonitor"/> brackets: every call
/// counts as in flight from its start to its return, an enumeration from its first step to its disposal.
/// </summary>
public sealed class ContractCheckedMap(IMap<string, int> target, ContractMonitor monitor, int task)
    : IMap<string, int>, IDictionaryOperations
{
    /// <inheritdoc />
    public int Count => monitor.Bracket(task, "Count", isWrite: false, () => target.Count);

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out int value)
    {
        monitor.Enter(task, $"TryGetValue({key})", isWrite: false);
        try
        {
            return target.TryGetValue(key, out value);
        }
        finally
        {
            monitor.Leave(task);
        }
    }

    /// <inheritdoc />
    public void Set(string key, int value) =>
        monitor.Bracket(task, $"this[{key}] = {value}", isWrite: true, () => { target.Set(key, value); return 0; });

    /// <inheritdoc />
    public bool Remove(string key) => monitor.Bracket(task, $"Remove({key})", isWrite: true, () => target.Remove(key));

    /// <inheritdoc />
    public void Add(string key, int value) =>
        monitor.Bracket(task, $"Add({key}, {value})", isWrite: true, () => { Operations.Add(key, value); return 0; });

    /// <inheritdoc />
    public bool ContainsKey(string key) =>
        monitor.Bracket(task, $"ContainsKey({key})", isWrite: false, () => Operations.ContainsKey(key));

    /// <inheritdoc />
    public IReadOnlyDictionary<string, int> Snapshot() =>
        monitor.Bracket(task, "Snapshot()", isWrite: false, target.Snapshot);

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, int>> GetEnumerator()
    {
        monitor.Enter(task, "enumeration", isWrite: false);
        try
        {
            foreach (var entry in target)
            {
                yield return entry;
            }
        }
        finally
        {
            monitor.Leave(task);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private IDictionaryOperations Operations =>
        target as IDictionaryOperations
        ?? throw new InvalidOperationException($"{target.GetType().Name} offers no IDictionary operations.");
}
