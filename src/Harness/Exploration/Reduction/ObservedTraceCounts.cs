using StressMaps.Frames;
using StressMaps.Maps;

namespace StressMaps.Harness.Exploration.Reduction;

/// <summary>
/// Small programs over the built-in maps whose number of Mazurkiewicz traces is known, where nothing is
/// declared: the footprints are what our pass and the caller note as the steps run (a dictionary, a lock,
/// a field). They live here because they must run rewritten.
/// </summary>
public static class ObservedTraceCounts
{
    /// <summary><paramref name="tasks"/> tasks each write their own unsafe map: no two steps touch one object, one trace. Hands the sizes to <paramref name="record"/>.</summary>
    public static Func<Task> WritesToOwnDictionaries(int tasks, Action<string> record) => async () =>
    {
        var maps = Enumerable.Range(0, tasks).Select(_ => new UnsafeMap<string, int>()).ToArray();
        await Task.WhenAll(Enumerable.Range(0, tasks).Select(id => Task.Run(() =>
        {
            maps[id].Set("a", id);
            maps[id].Set("b", id);
        })).ToArray());
        StepNotes.AllTasksJoined();
        record(string.Join(",", maps.Select(map => map.Count)));
    };

    /// <summary>Two tasks read one key of one unsafe map: reads commute, one trace. Hands what each read to <paramref name="record"/>.</summary>
    public static Func<Task> ReadsOfOneDictionary(Action<string> record) => async () =>
    {
        var map = new UnsafeMap<string, int>();
        map.Set("a", 1);
        var reads = new int[2];
        await Task.WhenAll(new[] { 0, 1 }.Select(id => Task.Run(() => reads[id] = map.TryGetValue("a", out var value) ? value : -1)).ToArray());
        StepNotes.AllTasksJoined();
        record(string.Join(",", reads));
    };

    /// <summary>
    /// <paramref name="tasks"/> tasks each set one key of one locked map to their id: the critical sections run in one of
    /// n! orders, one trace each; the last writer's id remains. Hands it to <paramref name="record"/>.
    /// </summary>
    public static Func<Task> SetsUnderOneLock(int tasks, Action<string> record) => async () =>
    {
        var map = new LockedMap<string, int>();
        await Task.WhenAll(Enumerable.Range(0, tasks).Select(id => Task.Run(() => map.Set("k", id))).ToArray());
        StepNotes.AllTasksJoined();
        record(map.TryGetValue("k", out var last) ? $"{last}" : "absent");
    };

    /// <summary>
    /// One task sets a key of an immutable map (it reads the field, builds a new dictionary, and swaps the field with
    /// compare-and-exchange) while another reads the key (it reads the field): the read comes before the swap or
    /// after it, two traces. Hands what the reader saw to <paramref name="record"/>.
    /// </summary>
    public static Func<Task> FieldSwapAndRead(Action<string> record) => async () =>
    {
        var map = new ImmutableMap<string, int>();
        var seen = "";
        await Task.WhenAll(
            Task.Run(() => map.Set("a", 1)),
            Task.Run(() => seen = map.TryGetValue("a", out var value) ? $"{value}" : "absent"));
        StepNotes.AllTasksJoined();
        record(seen);
    };
}
