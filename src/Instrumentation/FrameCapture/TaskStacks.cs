namespace StressMaps.Frames;

/// <summary>
/// While a replay captures, hands each field access and checked-collection call to the
/// <see cref="FrameCapture"/> of the current flow, named by the scenario task it runs in. Off during
/// exploration, where a stack per access would cost too much.
/// </summary>
public static class TaskStacks
{
    private static readonly AsyncLocal<FrameCapture?> Capture = new();
    private static readonly AsyncLocal<int?> TaskNumber = new();

    // Read first on every field access: while no replay in the process captures, the check costs one
    // static load. Other flows (explorations running beside a capture) find no capture in their own flow.
    private static int s_capturing;

    /// <summary>The capture of this flow, or null.</summary>
    public static FrameCapture? Current => Volatile.Read(ref s_capturing) > 0 ? Capture.Value : null;

    /// <summary>
    /// Runs <paramref name="run"/> on <paramref name="test"/> wrapped so that the flow the engine runs it in,
    /// and the tasks it starts, capture into <paramref name="capture"/>. The wrapper lives here, in an assembly
    /// Coyote does not rewrite, so it adds no scheduling point to the schedule being replayed.
    /// </summary>
    public static TResult Capturing<TResult>(FrameCapture capture, Func<Task> test, Func<Func<Task>, TResult> run)
    {
        Interlocked.Increment(ref s_capturing);
        try
        {
            return run(() =>
            {
                Capture.Value = capture;
                return test();
            });
        }
        finally
        {
            capture.Freeze();
            Interlocked.Decrement(ref s_capturing);
        }
    }

    /// <summary>
    /// Names the current flow as the scenario's task <paramref name="number"/> (1-based; 0: the setup). A no-op
    /// while nothing captures, so exploration does not pay for the execution-context write.
    /// </summary>
    public static void EnterTask(int number)
    {
        if (Volatile.Read(ref s_capturing) > 0)
        {
            TaskNumber.Value = number;
        }
    }

    /// <summary>The current task's number, as <see cref="EnterTask"/> named it (0 when never named).</summary>
    public static int CurrentTask => TaskNumber.Value ?? 0;
}
