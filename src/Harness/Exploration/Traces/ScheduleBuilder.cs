using StressMaps.Harness.Exploration.Execution;
using StressMaps.Harness.Scenarios;

namespace StressMaps.Harness.Exploration.Traces;

/// <summary>
/// Turns a replay's journal into the rows reports draw: a row per step, the preemptions and the
/// operations that overlapped marked.
/// </summary>
public static class ScheduleBuilder
{
    /// <summary>The rows of <paramref name="journal"/>, a run of <paramref name="scenario"/>.</summary>
    public static IReadOnlyList<ScheduleStep> Build(IReadOnlyList<JournalEntry> journal, Scenario scenario)
    {
        var conflicts = OverlappingOperations(journal);
        var done = new Dictionary<int, int>();
        var rows = new List<ScheduleStep>(journal.Count);
        for (var i = 0; i < journal.Count; i++)
        {
            var entry = journal[i];
            var preemption = i > 0 && journal[i - 1].Task is var previous and >= 0 && previous != entry.Task
                && done.GetValueOrDefault(previous) < scenario.Tasks[previous].Count;
            rows.Add(new ScheduleStep(
                entry.Task + 1,
                entry.Operation,
                TextOf(entry, scenario),
                entry.Phase.ToString().ToLowerInvariant(),
                preemption,
                entry.Task >= 0 && conflicts.Contains((entry.Task, entry.Operation))));
            if (entry.Phase is JournalPhase.End or JournalPhase.Failed)
            {
                // A failed task ends there: nothing it had left counts as work a switch took from it.
                done[entry.Task] = entry.Phase == JournalPhase.Failed ? int.MaxValue : done.GetValueOrDefault(entry.Task) + 1;
            }
        }

        return rows;
    }

    /// <summary>Where each task was when the run stopped: the operation it was in, the failing task's stack, and its user frames.</summary>
    public static IReadOnlyList<TaskStack> Stacks(
        IReadOnlyList<JournalEntry> journal, Scenario scenario, string? failureStack, IReadOnlyDictionary<int, IReadOnlyList<string>>? userFrames = null)
    {
        var stacks = new List<TaskStack>();
        // A concurrent test names no tasks: those it started are known by their frames.
        var count = Math.Max(scenario.Tasks.Count, userFrames is { Count: > 0 } ? userFrames.Keys.Max() : 0);
        for (var task = 0; task < count; task++)
        {
            var last = journal.LastOrDefault(entry => entry.Task == task);
            var inProgress = last is not null && last.Phase != JournalPhase.End && task < scenario.Tasks.Count;
            stacks.Add(new TaskStack(
                task + 1,
                inProgress ? scenario.Tasks[task][last!.Operation].ToString() : null,
                last?.Phase == JournalPhase.Failed ? failureStack : null,
                userFrames?.GetValueOrDefault(task + 1)));
        }

        return stacks;
    }

    private static string TextOf(JournalEntry entry, Scenario scenario)
    {
        var operations = entry.Task < 0 ? scenario.Setup : scenario.Tasks[entry.Task];
        var op = entry.Operation < operations.Count ? operations[entry.Operation].ToString() : "?";
        return entry.Phase switch
        {
            JournalPhase.Begin => op,
            JournalPhase.Inside => $"{op} · {entry.Detail}",
            JournalPhase.End => entry.Detail is null ? $"{op} done" : $"{op} → {entry.Detail}",
            // The exception's type is enough here; its message heads every report.
            _ => $"{op} ✗ {entry.Detail?.Split(':')[0]}",
        };
    }

    // Two operations conflict when a step of one falls while the other is in progress.
    private static HashSet<(int Task, int Operation)> OverlappingOperations(IReadOnlyList<JournalEntry> journal)
    {
        var spans = new Dictionary<(int Task, int Operation), (int Start, int End)>();
        for (var i = 0; i < journal.Count; i++)
        {
            var key = (journal[i].Task, journal[i].Operation);
            if (journal[i].Task < 0)
            {
                continue;
            }

            spans[key] = spans.TryGetValue(key, out var span) ? (span.Start, i) : (i, i);
        }

        // An operation still open when the run stopped lasts to the end.
        foreach (var key in spans.Keys.ToList())
        {
            var last = journal.Last(entry => (entry.Task, entry.Operation) == key);
            if (last.Phase is JournalPhase.Begin or JournalPhase.Inside)
            {
                spans[key] = (spans[key].Start, journal.Count);
            }
        }

        var conflicts = new HashSet<(int, int)>();
        foreach (var (outer, span) in spans)
        {
            for (var i = span.Start + 1; i < span.End && i < journal.Count; i++)
            {
                if (journal[i].Task >= 0 && journal[i].Task != outer.Task)
                {
                    conflicts.Add(outer);
                    conflicts.Add((journal[i].Task, journal[i].Operation));
                }
            }
        }

        return conflicts;
    }
}
