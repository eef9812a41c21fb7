namespace StressMaps.Frames;

/// <summary>
/// What the code under test noted during one iteration for whoever runs the engine (the harness's typed bug).
/// Kept here, in an assembly Coyote does not rewrite, for the reason <see cref="TaskStacks"/> is: a note taken
/// in rewritten code would add scheduling points and steer a replay off its schedule.
/// </summary>
public sealed class IterationNote
{
    private static readonly AsyncLocal<IterationNote?> Current = new();

    private object? _note;

    /// <summary>The first note of the latest iteration, or null.</summary>
    public object? Last => _note;

    /// <summary>
    /// <paramref name="test"/> wrapped so that each iteration starts with no note, and the flow it runs in
    /// (and the tasks it starts) note into this instance.
    /// </summary>
    public Func<Task> Around(Func<Task> test) => () =>
    {
        _note = null;
        Current.Value = this;
        return test();
    };

    /// <summary>Notes <paramref name="note"/> for the current flow's iteration; the first note wins. A no-op outside <see cref="Around"/>.</summary>
    public static void Note(object note)
    {
        if (Current.Value is { } current && current._note is null)
        {
            current._note = note;
        }
    }
}
