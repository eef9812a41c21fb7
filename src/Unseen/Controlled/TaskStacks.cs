using System.Diagnostics;

namespace StressMaps.Controlled;

/// <summary>
/// While a replay captures, keeps for each task the user's frames at the last field access or
/// collection call it made: where it was when the schedule switched away from it. Off during
/// exploration, where a stack per access would cost too much.
/// </summary>
public static class TaskStacks
{
    private static readonly AsyncLocal<Dictionary<int, string[]>?> Capture = new();
    private static readonly AsyncLocal<int?> TaskIndex = new();

    // Read first on every field access: while no replay captures, the check costs one static load.
    private static int s_capturing;

    /// <summary>Whether this flow of execution is being captured.</summary>
    public static bool IsCapturing => Volatile.Read(ref s_capturing) > 0 && Capture.Value is not null;

    /// <summary>
    /// Starts capturing in the current flow and the tasks it starts, into <paramref name="table"/>
    /// (task index to its user frames); capturing ends when the returned scope is disposed.
    /// </summary>
    public static IDisposable Begin(Dictionary<int, string[]> table)
    {
        Interlocked.Increment(ref s_capturing);
        Capture.Value = table;
        return new Ending();
    }

    /// <summary>Names the current flow as the scenario's task <paramref name="index"/> (-1: setup and final check).</summary>
    public static void EnterTask(int index) => TaskIndex.Value = index;

    /// <summary>The current task's index, as <see cref="EnterTask"/> named it.</summary>
    public static int CurrentTask => TaskIndex.Value ?? -1;

    internal static void Note()
    {
        var frames = UserFrames.Of(new StackTrace(2, fNeedFileInfo: true));
        if (frames.Length > 0 && Capture.Value is { } table)
        {
            lock (table)
            {
                table[CurrentTask] = frames;
            }
        }
    }

    private sealed class Ending : IDisposable
    {
        private int _ended;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _ended, 1) == 0)
            {
                Interlocked.Decrement(ref s_capturing);
            }
        }
    }
}
