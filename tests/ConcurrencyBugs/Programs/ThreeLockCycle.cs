namespace StressMaps.ConcurrencyBugs.Programs;

/// <summary>Three tasks take locks A→B, B→C and C→A: a cycle only when each holds its first lock before any takes its second.</summary>
[BugProgram("SCTBench CS/carter01 and dining philosophers (a lock cycle over three tasks)", 2)]
public static class ThreeLockCycle
{
    public static async Task Bug()
    {
        var table = new Table();
        await Task.WhenAll(new[] { Task.Run(() => table.Eat(table.A, table.B)), Task.Run(() => table.Eat(table.B, table.C)), Task.Run(() => table.Eat(table.C, table.A)) });
    }

    public static async Task Fixed()
    {
        var table = new Table();
        // The last philosopher takes the forks in the global order too: no cycle.
        await Task.WhenAll(new[] { Task.Run(() => table.Eat(table.A, table.B)), Task.Run(() => table.Eat(table.B, table.C)), Task.Run(() => table.Eat(table.A, table.C)) });
    }

    private sealed class Table
    {
        public object A = new();
        public object B = new();
        public object C = new();
        public int Meals;

        public void Eat(object first, object second)
        {
            lock (first)
            {
                lock (second)
                {
                    Meals++;
                }
            }
        }
    }
}
