namespace StressMaps.Status;

/// <summary>
/// What a worker process is doing, as its status board says it: a kind and what it is about. Here, outside the
/// harness, so that loading a user's type can say it runs the pre-check without the loader knowing the watchdog.
/// </summary>
/// <param name="Kind">The kind of phase.</param>
/// <param name="Subject">What it is about: the type name as typed (a pre-check), or the cell (exploring, shrinking).</param>
public sealed record WorkerPhase(WorkerPhaseKind Kind, string Subject)
{
    /// <summary>Enters <paramref name="kind"/> about <paramref name="subject"/> on the board (nothing happens outside a worker).</summary>
    public static void Enter(WorkerPhaseKind kind, string subject = "") =>
        StatusBoard.Phase($"{Name(kind)}: {subject}", watched: kind is not (WorkerPhaseKind.Loading or WorkerPhaseKind.Idle));

    /// <summary>The phase a board's text names, or null when it names none.</summary>
    public static WorkerPhase? Parse(string text)
    {
        var colon = text.IndexOf(": ", StringComparison.Ordinal);
        if (colon < 0)
        {
            return null;
        }

        var kind = Enum.GetValues<WorkerPhaseKind>().Where(candidate => Name(candidate) == text[..colon]).Cast<WorkerPhaseKind?>().FirstOrDefault();
        return kind is null ? null : new WorkerPhase(kind.Value, text[(colon + 2)..]);
    }

    /// <summary>The phase as people read it: <c>the pre-check of My.Cache</c>, <c>exploring add-same-key.Cache</c>.</summary>
    public override string ToString() => Kind switch
    {
        WorkerPhaseKind.PreCheck => $"the pre-check of {Subject}",
        WorkerPhaseKind.Exploring => $"exploring {Subject}",
        WorkerPhaseKind.Shrinking => $"shrinking the bug of {Subject}",
        WorkerPhaseKind.Planning => "planning the cells",
        _ => Name(Kind),
    };

    private static string Name(WorkerPhaseKind kind) => kind.ToString().ToLowerInvariant();
}

/// <summary>The phases of a worker exploring user targets.</summary>
public enum WorkerPhaseKind
{
    /// <summary>Between requests: nothing of the user's runs.</summary>
    Idle,

    /// <summary>Rewriting and loading the user's assembly: StressMaps's own work, not watched for hangs.</summary>
    Loading,

    /// <summary>Creating a first instance of a type and writing it once, outside Coyote.</summary>
    PreCheck,

    /// <summary>Working out which scenarios apply (creates instances).</summary>
    Planning,

    /// <summary>Exploring one cell.</summary>
    Exploring,

    /// <summary>Shrinking one cell's bug.</summary>
    Shrinking,
}
