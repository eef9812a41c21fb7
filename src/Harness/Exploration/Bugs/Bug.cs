namespace StressMaps.Harness.Exploration.Bugs;

/// <summary>
/// A bug as data: its kind and the facts the check that found it knew. A fact the check did not know is
/// null (Coyote's checks name the collection but not the tasks; a trace replay adds the frames, see the bundle).
/// </summary>
/// <param name="Kind">What kind of bug it is.</param>
public sealed record Bug(BugKind Kind)
{
    /// <summary>What the tasks conflicted on: the field or collection of a data race, the target of a contract violation, the key of a final check.</summary>
    public string? Subject { get; init; }

    /// <summary>For a crash, the exception's type as C# names it (<c>System.InvalidOperationException</c>); else null.</summary>
    public string? ExceptionType { get; init; }

    /// <summary>The tasks in the conflict and what each was doing (1-based task numbers, as the history table numbers them); empty when unknown.</summary>
    public IReadOnlyList<BugTask> Tasks { get; init; } = [];

    /// <summary>When a task was using a live collection the class handed out: which member handed out what; else null.</summary>
    public HandOutSite? HandOut { get; init; }

    /// <summary>For a race whose schedule coverage counted (a budgeted run): the two accesses that met last; else null.</summary>
    public RaceSites? Race { get; init; }

    /// <summary>For a history no sequential order explains: the operations no order could place next, by name; else null.</summary>
    public IReadOnlyList<string>? Unplaced { get; init; }

    /// <summary>For a crash: the first frame of its stack in the user's code (<c>My.Cache.Sum</c>); else null.</summary>
    public string? UserFrame { get; init; }
}

/// <summary>One task in a bug's conflict.</summary>
/// <param name="Task">The scenario task, 1-based (0: the setup), numbered as the history table and the frames number it.</param>
/// <param name="Operation">The call it was making, as the tables print it, or null when unknown.</param>
public sealed record BugTask(int Task, string? Operation);
