using System.Collections;
using System.Diagnostics.CodeAnalysis;
using StressMaps.Harness.Targets;
using StressMaps.Maps;

namespace StressMaps.Tests.Stress;

/// <summary>Maps made for stress tests: one whose reads are slow under a lock, one whose writes block until released.</summary>
public static class TestMaps
{
    /// <summary>Reads hold a lock for a few milliseconds, so two read-then-write increments nearly always overlap and contend.</summary>
    public static MapTarget SlowReads { get; } = new("slow-reads", "reads sleep under a lock", ThreadSafetyContract.ThreadSafe, () => new SlowReadMap());

    /// <summary>A target whose writes block until <paramref name="release"/> is set: every run hangs.</summary>
    public static MapTarget BlockingWrites(ManualResetEventSlim release) =>
        new("blocking-writes", "writes wait forever", ThreadSafetyContract.ThreadSafe, () => new BlockingWriteMap(release));

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

        public override bool TryGetValue(string key, [MaybeNullWhen(false)] out int value)
        {
            lock (_gate)
            {
                Thread.Sleep(3);
                return Entries.TryGetValue(key, out value);
            }
        }

        public override void Set(string key, int value)
        {
            lock (_gate)
            {
                Entries[key] = value;
            }
        }
    }

    private sealed class BlockingWriteMap(ManualResetEventSlim release) : PlainMap
    {
        private bool _setUp;

        public override void Set(string key, int value)
        {
            // The scenario's setup writes first, on the calling thread; only the tasks' writes block.
            if (_setUp)
            {
                release.Wait();
            }

            _setUp = true;
            base.Set(key, value);
        }
    }
}
