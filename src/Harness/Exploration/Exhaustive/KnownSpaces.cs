namespace StressMaps.Harness.Exploration.Exhaustive;

/// <summary>
/// Small programs whose every outcome is known, to show that a search is exhaustive. They live
/// here because they must run rewritten, as every program under the engine must.
/// </summary>
public static class KnownSpaces
{
    /// <summary>
    /// Three tasks each append their id to a shared list under a lock; hands the final order
    /// (such as <c>201</c>) to <paramref name="record"/>. Every one of the 6 orders is possible.
    /// </summary>
    public static Func<Task> AppendOrderUnderLock(Action<string> record) => async () =>
    {
        // An array, not a List: the list's calls would be scheduling points of their own.
        var order = new int[3];
        var appended = 0;
        var gate = new object();
        var tasks = new Task[3];
        for (var id = 0; id < tasks.Length; id++)
        {
            var mine = id;
            tasks[id] = Task.Run(() =>
            {
                lock (gate)
                {
                    order[appended++] = mine;
                }
            });
        }

        await Task.WhenAll(tasks);
        record(string.Concat(order));
    };

    /// <summary>
    /// Two tasks each increment a plain field with a read and a separate write; hands the final
    /// value to <paramref name="record"/>: 2, or 1 when one increment is lost. Its race is seen
    /// only with memory-access scheduling points on.
    /// </summary>
    public static Func<Task> RacyIncrements(Action<int> record) => async () =>
    {
        var counter = new PlainCounter();
        await Task.WhenAll(new[] { Task.Run(counter.Increment), Task.Run(counter.Increment) });
        record(counter.Read());
    };

    private sealed class PlainCounter
    {
        private int _value;

        // A method, not a property: Coyote places no memory-access points inside accessors.
        public void Increment()
        {
            var read = _value;
            _value = read + 1;
        }

        public int Read() => _value;
    }
}
