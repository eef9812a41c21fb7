namespace StressMaps.Harness.Exploration.Execution;

/// <summary>What one journal entry records about a task's operation.</summary>
public enum JournalPhase
{
    /// <summary>The operation starts.</summary>
    Begin,

    /// <summary>The operation reached a scheduling point inside itself (an enumerated entry, the read of an increment).</summary>
    Inside,

    /// <summary>The operation returned.</summary>
    End,

    /// <summary>The operation threw, or the run was stopped inside it by a bug.</summary>
    Failed,
}

/// <summary>One entry of a <see cref="ScheduleJournal"/>.</summary>
/// <param name="Task">0-based task index; -1 for the setup.</param>
/// <param name="Operation">0-based index of the operation within its task.</param>
/// <param name="Phase">What happened.</param>
/// <param name="Detail">What the operation observed or threw, for people to read.</param>
public sealed record JournalEntry(int Task, int Operation, JournalPhase Phase, string? Detail = null);

/// <summary>
/// Records, in the order they happened, the operations each task ran. It is meant for runs under
/// Coyote, where only one task runs at a time, so this order is the interleaving a person reads; Coyote's own trace names
/// operation ids, not tasks. Recording is opt-in: a caller without a journal records nothing.
/// </summary>
public sealed class ScheduleJournal
{
    // No lock and no call typed as List: under Coyote a lock or a checked List call is a scheduling
    // point, so recording would change the very schedule it records. Coyote runs one task at a time.
    private readonly ICollection<JournalEntry> _entries = new List<JournalEntry>();

    /// <summary>The entries so far, in order.</summary>
    public IReadOnlyList<JournalEntry> Entries => _entries.ToList();

    /// <summary>The stack of the first failure, trimmed to the frames outside Coyote and the runtime, or null.</summary>
    public string? FailureStack { get; private set; }

    /// <summary>Appends one entry.</summary>
    public void Add(JournalEntry entry) => _entries.Add(entry);

    /// <summary>Records that <paramref name="operation"/> of <paramref name="task"/> failed with <paramref name="error"/>.</summary>
    public void AddFailure(int task, int operation, Exception error)
    {
        FailureStack ??= TrimmedStack(error);
        _entries.Add(new JournalEntry(task, operation, JournalPhase.Failed, $"{error.GetType().Name}: {error.Message}"));
    }

    private static string TrimmedStack(Exception error) =>
        string.Join('\n', (error.StackTrace ?? "").Split('\n')
            .Select(line => line.TrimEnd('\r'))
            .Where(line => line.Length > 0 && !line.Contains("Microsoft.Coyote", StringComparison.Ordinal)
                && !line.Contains("System.Threading", StringComparison.Ordinal)
                && !line.StartsWith("---", StringComparison.Ordinal)));
}
