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

    // Read first on every field access: while no replay captures, the check costs one static load.
    private static int s_capturing;

    // The flow does not always reach the engine's root task, so the capture is also kept here (captures run one at a time).
    private static FrameCapture? s_capture;

    /// <summary>Whether this flow of execution is being captured.</summary>
    public static bool IsCapturing => Current is not null;

    /// <summary>The capture of this flow, or null.</summary>
    public static FrameCapture? Current => s_capturing > 0 ? Capture.Value ?? s_capture : null;

    /// <summary>
    /// Starts capturing into <paramref name="capture"/> in the current flow and the tasks it starts;
    /// capturing ends when the returned scope is disposed. Call it outside the test, around the engine's
    /// run (the engine's tasks inherit the flow): inside, it would add steps to the schedule being replayed.
    /// </summary>
    public static IDisposable Begin(FrameCapture capture)
    {
        s_capturing++;
        Capture.Value = capture;
        s_capture = capture;
        return new Ending();
    }

    /// <summary>Names the current flow as the scenario's task <paramref name="number"/> (1-based; 0: the setup).</summary>
    public static void EnterTask(int number) => TaskNumber.Value = number;

    /// <summary>The current task's number, as <see cref="EnterTask"/> named it (0 when never named).</summary>
    public static int CurrentTask => TaskNumber.Value ?? 0;

    private sealed class Ending : IDisposable
    {
        private bool _ended;

        public void Dispose()
        {
            if (!_ended)
            {
                _ended = true;
                s_capturing--;
                s_capture = null;
            }
        }
    }
}
