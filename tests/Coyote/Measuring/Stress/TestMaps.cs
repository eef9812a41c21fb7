using System.Collections;
using System.Diagnostics.CodeAnalysis;
using StressMaps.Harness.Targets;
using StressMaps.Maps;

namespace StressMaps.Tests.Measuring.Stress;

/// <summary>Maps made for stress tests: one whose reads are slow under a lock, one whose writes spin until released.</summary>
public static class TestMaps
{
    /// <summary>Reads hold a lock for a while and then dawdle, so two read-then-write increments nearly always overlap and contend.</summary>
    public static Target SlowReads { get; } = new("slow-reads", "reads sleep under a lock", ThreadSafetyContract.ThreadSafe, () => new SlowReadMap());

    /// <summary>A target whose writes spin until <paramref name="release"/> is set: every run hangs.</summary>
    public static Target SpinningWrites(ManualResetEventSlim release) =>
        new("spinning-writes", "writes spin until released", ThreadSafetyContract.ThreadSafe, () => new SpinningWriteMap(release));

    private class PlainMap : IMap<string, int>
    {
        protected Dictionary<string, int> Entries { get; } = new();

        public int Count => Entries.Count;

        public virtual bool TryGetValue(string key, [MaybeNullWhen(false)] out int value) => Entries.TryGetValue(key, out value);

        public virtual void Set(string key, int value) => Entries[key] = value;

        public bool Remove(string key) => Entries.Remove(key);

        public IReadOnlyDictionary<string, int> Snapshot() => new Dictionary<string, int>(Entries);

        public IEnumerator<KeyValuePair<string, int>> GetEnumerator() => Entries.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private sealed class SlowReadMap : PlainMap
    {
        private readonly object _gate = new();

        // The short sleep under the lock makes the other task wait for it (contention); the long one after it
        // lets the other task read the same old value before this one writes (Monitor lets a releasing thread
        // barge back in, so a sleep under the lock alone would let one increment finish before the other reads).
        public override bool TryGetValue(string key, [MaybeNullWhen(false)] out int value)
        {
            bool found;
            lock (_gate)
            {
                Thread.Sleep(2);
                found = Entries.TryGetValue(key, out value);
            }

            Thread.Sleep(20);
            return found;
        }

        public override void Set(string key, int value)
        {
            lock (_gate)
            {
                Entries[key] = value;
            }
        }
    }

    private sealed class SpinningWriteMap(ManualResetEventSlim release) : PlainMap
    {
        private bool _setUp;

        public override void Set(string key, int value)
        {
            // The scenario's setup writes first, on the calling thread; only the tasks' writes spin.
            // A busy loop, like a livelock; the test releases it so that the abandoned threads end.
            while (_setUp && !release.IsSet)
            {
                Thread.SpinWait(20);
            }

            _setUp = true;
            base.Set(key, value);
        }
    }
}
