using System.Collections.Concurrent;
using System.Diagnostics;

namespace StressMaps.Controlled;

/// <summary>
/// While a replay captures, keeps for each task the user's frames at the last field access or
/// collection call it made: where it was when the schedule switched away from it. Off during
/// exploration, where a stack per access would cost too much.
/// </summary>
public static class TaskStacks
{
    private static readonly AsyncLocal<ConcurrentDictionary<int, string[]>?> Capture = new();
    private static readonly AsyncLocal<int?> TaskIndex = new();

    // Read first on every field access: while no replay captures, the check costs one static load. A plain
    // load on purpose: Coyote's rewriting turns Volatile and Monitor in this assembly into scheduling points.
    private static int s_capturing;

    /// <summary>Whether this flow of execution is being captured.</summary>
    public static bool IsCapturing => s_capturing > 0 && Capture.Value is not null;

    /// <summary>
    /// Starts capturing in the current flow and the tasks it starts, into <paramref name="table"/>
    /// (task index to its user frames); capturing ends when the returned scope is disposed. Captures run one at a time.
    /// </summary>
    public static IDisposable Begin(ConcurrentDictionary<int, string[]> table)
    {
        s_capturing++;
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
            table[CurrentTask] = frames;
        }
    }

    private sealed class Ending : IDisposable
    {
        private bool _ended;

        public void Dispose()
        {
            if (!_ended)
            {
                _ended = true;
                s_capturing--;
            }
        }
    }
}
