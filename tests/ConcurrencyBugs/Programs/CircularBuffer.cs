namespace StressMaps.ConcurrencyBugs.Programs;

/// <summary>A ring buffer's producer and consumer share a count without synchronisation: an update is lost and an item vanishes.</summary>
[BugProgram("SCTBench CB/circular_buffer (unsynchronised shared count)", 1)]
public static class CircularBuffer
{
    public static async Task Bug()
    {
        var ring = new Ring();
        ring.PutUnlocked(1);
        await Task.WhenAll(new[] { Task.Run(() => ring.PutUnlocked(2)), Task.Run(() => ring.TakeUnlocked()) });
        Check.Equal(1, ring.Count, "items in the ring");
    }

    public static async Task Fixed()
    {
        var ring = new Ring();
        ring.Put(1);
        await Task.WhenAll(new[] { Task.Run(() => ring.Put(2)), Task.Run(() => ring.Take()) });
        Check.Equal(1, ring.Count, "items in the ring");
    }

    private sealed class Ring
    {
        private readonly object _gate = new();
        private readonly int[] _slots = new int[4];
        private int _head;
        private int _tail;
        public int Count;

        public void PutUnlocked(int value)
        {
            _slots[_tail] = value;
            _tail = (_tail + 1) % _slots.Length;
            Count = Count + 1;
        }

        public int TakeUnlocked()
        {
            var value = _slots[_head];
            _head = (_head + 1) % _slots.Length;
            Count = Count - 1;
            return value;
        }

        public void Put(int value)
        {
            lock (_gate)
            {
                PutUnlocked(value);
            }
        }

        public int Take()
        {
            lock (_gate)
            {
                return TakeUnlocked();
            }
        }
    }
}
