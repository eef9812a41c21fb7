using Microsoft.Coyote.Runtime;

namespace StressMaps.Harness.Exploration.Reduction;

/// <summary>
/// Small programs whose number of Mazurkiewicz traces is known, to show that a partial-order search
/// explores exactly one schedule per trace. Each declares its shared accesses at points
/// (<see cref="StressMaps.Reduction.FootprintRules.Declared"/>); they live here because they must run rewritten.
/// </summary>
public static class KnownTraceCounts
{
    /// <summary><paramref name="tasks"/> tasks each write their own slot: one trace. Hands the final slots to <paramref name="record"/>.</summary>
    public static Func<Task> IndependentWrites(int tasks, Action<string> record) => async () =>
    {
        var slots = new int[tasks];
        await Task.WhenAll(Enumerable.Range(0, tasks).Select(id => Task.Run(() =>
        {
            SchedulingPoint.Write($"slot{id}");
            slots[id] = id + 1;
        })).ToArray());
        record(string.Join(",", slots));
    };

    /// <summary>Two tasks each write the same field twice over: two traces, the last writer's value. Hands it to <paramref name="record"/>.</summary>
    public static Func<Task> TwoWritesOfOneField(Action<string> record) => async () =>
    {
        var field = new int[1];
        await Task.WhenAll(new[] { 1, 2 }.Select(id => Task.Run(() =>
        {
            SchedulingPoint.Write("field");
            field[0] = id;
        })).ToArray());
        record($"{field[0]}");
    };

    /// <summary>
    /// <paramref name="tasks"/> tasks each append their id under one lock: n! traces, one per order.
    /// Hands the order to <paramref name="record"/>.
    /// </summary>
    public static Func<Task> AppendsUnderOneLock(int tasks, Action<string> record) => async () =>
    {
        var order = new int[tasks];
        var appended = 0;
        var gate = new object();
        await Task.WhenAll(Enumerable.Range(0, tasks).Select(id => Task.Run(() =>
        {
            lock (gate)
            {
                order[appended++] = id;
            }
        })).ToArray());
        record(string.Concat(order));
    };

    /// <summary>
    /// Lastzero(n) (Abdulla et al., POPL 2014): thread 0 scans an array from the end for the last zero
    /// while threads 1..n each set their cell from the one before. Hands the index thread 0 found to
    /// <paramref name="record"/>.
    /// </summary>
    public static Func<Task> LastZero(int n, Action<string> record) => async () =>
    {
        var array = new int[n + 1];
        var found = -1;
        var scanner = Task.Run(() =>
        {
            var i = n;
            while (true)
            {
                SchedulingPoint.Read($"a{i}");
                if (array[i] == 0)
                {
                    break;
                }

                i--;
            }

            found = i;
        });
        var writers = Enumerable.Range(1, n).Select(j => Task.Run(() =>
        {
            SchedulingPoint.Read($"a{j - 1}");
            var before = array[j - 1];
            SchedulingPoint.Write($"a{j}");
            array[j] = before + 1;
        }));
        await Task.WhenAll(writers.Append(scanner).ToArray());
        record($"{found}");
    };
}
