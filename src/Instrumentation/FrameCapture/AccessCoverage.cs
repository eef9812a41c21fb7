namespace StressMaps.Frames;

/// <summary>
/// While an exploration records coverage, hands each access the rewritten code reports (a field, a checked
/// collection, a lock) to the <see cref="CoverageRecorder"/> of the current flow, with the scenario task it
/// runs in. Lives here, in an assembly Coyote does not rewrite, so recording adds no scheduling point.
/// </summary>
public static class AccessCoverage
{
    private static readonly AsyncLocal<CoverageRecorder?> Recorder = new();
    private static readonly AsyncLocal<int> TaskNumber = new();

    // Read first on every access: while nothing records, an access pays one static load.
    private static int s_recording;

    /// <summary>
    /// The test, wrapped so that each run of it starts a new schedule in <paramref name="recorder"/> and the
    /// flow it runs in (and the tasks it starts) report their accesses there. Dispose the result when done.
    /// </summary>
    public static RecordingTest Recording(CoverageRecorder recorder, Func<Task> test)
    {
        Interlocked.Increment(ref s_recording);
        return new RecordingTest(
            () =>
            {
                recorder.BeginSchedule();
                Recorder.Value = recorder;
                TaskNumber.Value = 0;
                return test();
            },
            () => Interlocked.Decrement(ref s_recording));
    }

    /// <summary>Names the current flow as the scenario's task <paramref name="number"/> (0: the setup), while anything records.</summary>
    public static void EnterTask(int number)
    {
        if (Volatile.Read(ref s_recording) > 0)
        {
            TaskNumber.Value = number;
        }
    }

    /// <summary>An access to <paramref name="resource"/> at <paramref name="site"/> (a write when <paramref name="write"/>).</summary>
    public static void Access(string resource, string site, bool write)
    {
        if (Volatile.Read(ref s_recording) > 0 && Recorder.Value is { } recorder)
        {
            recorder.Access(resource, site, write, TaskNumber.Value);
        }
    }
}
