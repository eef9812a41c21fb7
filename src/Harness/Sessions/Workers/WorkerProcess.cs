using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using StressMaps.Harness.Sessions.Watchdog;
using StressMaps.Status;

namespace StressMaps.Harness.Sessions.Workers;

/// <summary>
/// One worker process (the tool started again in its hidden <c>worker</c> mode, serving <see cref="WorkerLoop"/>):
/// the one launcher of scale-out and of the watchdog. Its answers are read line by line. Under a watchdog
/// (limits given), its status board is polled while it works: when the user's code makes no progress (no
/// operation begins or returns) within the hang timeout, or the process grows far past its memory limit,
/// it is killed. A worker that stops, killed or on its own, is told as a <see cref="WorkerDeath"/>, never
/// as an exception.
/// </summary>
public sealed class WorkerProcess : IDisposable
{
    /// <summary>The environment variable that tells a worker where its status board is.</summary>
    public const string BoardVariable = "STRESSMAPS_STATUS_BOARD";

    /// <summary>The environment variable that tells a watched worker where to journal the schedule it runs (<see cref="TraceJournal"/>).</summary>
    public const string JournalVariable = "STRESSMAPS_TRACE_JOURNAL";

    private const int StderrKept = 64 * 1024;
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    private readonly Process _process;
    private readonly string _board;
    private readonly string _journal;
    private readonly WatchdogLimits? _limits;
    private readonly BlockingCollection<string?> _lines = new();
    private readonly TextHead _stderr = new(StderrKept);
    private readonly Thread _stdoutReader;
    private readonly Thread _stderrReader;
    private readonly Stopwatch _inPhase = Stopwatch.StartNew();
    private string _phase = "";

    private WorkerProcess(Process process, string board, string journal, WatchdogLimits? limits)
    {
        _process = process;
        _board = board;
        _journal = journal;
        _limits = limits;
        _stdoutReader = Drain(() => _process.StandardOutput.ReadLine(), line => _lines.Add(line));
        _stderrReader = Drain(() => _process.StandardError.ReadLine(), line => _stderr.Append(line));
    }

    /// <summary>
    /// Starts a worker (<paramref name="startWorker"/> says how to start the tool in its worker mode). Under a
    /// watchdog (<paramref name="limits"/> given) it gets its own board and a managed heap limited to the
    /// memory limit; without one (the built-in matrix, the project's own code) it is only read.
    /// </summary>
    public static WorkerProcess Start(Func<ProcessStartInfo> startWorker, WatchdogLimits? limits)
    {
        var board = Path.Combine(Path.GetTempPath(), $"stressmaps-board-{Guid.NewGuid():N}.bin");
        File.WriteAllBytes(board, new byte[4096]);
        var journal = Path.ChangeExtension(board, ".journal");
        File.WriteAllBytes(journal, []);
        var start = startWorker();
        (start.RedirectStandardInput, start.RedirectStandardOutput, start.RedirectStandardError, start.UseShellExecute) = (true, true, true, false);
        if (limits is not null)
        {
            start.Environment[BoardVariable] = board;
            start.Environment[JournalVariable] = journal;
            // The runtime throws OutOfMemoryException past this heap size, which the worker turns into its death.
            start.Environment["DOTNET_GCHeapHardLimit"] = "0x" + limits.MemoryLimitBytes.ToString("x", CultureInfo.InvariantCulture);
            start.Environment["DOTNET_DbgEnableMiniDump"] = "0";
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start a worker process");
        return new WorkerProcess(process, board, journal, limits);
    }

    /// <summary>Sends one line; a worker that already died is noticed by <see cref="Next"/>.</summary>
    public void Send(string line)
    {
        try
        {
            _process.StandardInput.WriteLine(line);
            _process.StandardInput.Flush();
        }
        catch (IOException)
        {
        }
    }

    /// <summary>
    /// The worker's next line, or its death (killed by the watchdog, or ended on its own). Throws <see cref="OperationCanceledException"/> (after killing
    /// it) when <paramref name="cancellation"/> fires. With <paramref name="repeatedHangs"/>, a member that already hung in the run
    /// gets its shorter timeout.
    /// </summary>
    public (string? Line, WorkerDeath? Death) Next(CancellationToken cancellation, RepeatedHangs? repeatedHangs = null)
    {
        var progress = StatusReading.Read(_board).Progress;
        var quiet = Stopwatch.StartNew();
        while (true)
        {
            if (cancellation.IsCancellationRequested)
            {
                Kill();
                throw new OperationCanceledException(cancellation);
            }

            if (_lines.TryTake(out var line, Poll))
            {
                return line is null ? (null, Died(WorkerDeaths.Kill.None)) : (line, null);
            }

            var status = StatusReading.Read(_board);
            if (status.Phase != _phase)
            {
                _phase = status.Phase;
                _inPhase.Restart();
            }

            if (_limits is null)
            {
                continue;
            }

            if (status.Progress != progress || !status.Watched)
            {
                progress = status.Progress;
                quiet.Restart();
            }
            else
            {
                var (timeout, repeated) = repeatedHangs?.While(WorkerPhase.Parse(status.Phase)?.Subject, status.InFlight, _limits) ?? (_limits.HangTimeout, null);
                if (quiet.Elapsed > timeout)
                {
                    return (null, Died(WorkerDeaths.Kill.Hang, repeated));
                }
            }

            if (UsesFarTooMuchMemory(_limits))
            {
                return (null, Died(WorkerDeaths.Kill.Memory));
            }
        }
    }

    /// <summary>Closes the worker's input and waits a moment for it to end, then kills it.</summary>
    public void Dispose()
    {
        try
        {
            _process.StandardInput.Close();
        }
        catch (IOException)
        {
        }

        if (!_process.WaitForExit(TimeSpan.FromSeconds(5)))
        {
            Kill();
        }

        _process.Dispose();
        File.Delete(_board);
        File.Delete(_journal);
    }

    // The heap limit makes the runtime throw first; this catches memory the heap limit does not count.
    private bool UsesFarTooMuchMemory(WatchdogLimits limits)
    {
        try
        {
            _process.Refresh();
            return !_process.HasExited && _process.WorkingSet64 > (2 * limits.MemoryLimitBytes) + (512L * 1024 * 1024);
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    // A hang of a member that hung before (repeatedHang, the operation in flight) is charged to that operation, not to the newest in flight.
    private WorkerDeath Died(WorkerDeaths.Kill kill, string? repeatedHang = null)
    {
        // Read the board before killing: a dying process writes nothing more, and the board file outlives it.
        var status = StatusReading.Read(_board);
        if (kill != WorkerDeaths.Kill.None)
        {
            Kill();
        }

        _process.WaitForExit();
        _stderrReader.Join(TimeSpan.FromSeconds(5));
        int? exitCode = kill == WorkerDeaths.Kill.None ? _process.ExitCode : null;
        var inPhase = status.Phase == _phase ? _inPhase.Elapsed : TimeSpan.Zero;
        var death = WorkerDeaths.Classify(kill, exitCode, _stderr.Text, status, _limits ?? WatchdogLimits.Default) with
        {
            InPhase = inPhase,
            Journal = TraceJournalReading.Read(_journal),
        };
        return death.Kind == Verdicts.VerdictKind.Hang && repeatedHang is not null
            ? death with { Operation = repeatedHang, Detail = RepeatedHangs.Detail(RepeatedHangs.Timeout, repeatedHang) }
            : death;
    }

    private void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
        catch (InvalidOperationException)
        {
        }
    }

    // A background thread per stream: a worker's 11 MB of stack-overflow frames must drain, or it blocks on a full pipe.
    private static Thread Drain(Func<string?> read, Action<string?> take)
    {
        var thread = new Thread(() =>
        {
            string? line;
            do
            {
                line = read();
                take(line);
            }
            while (line is not null);
        })
        { IsBackground = true };
        thread.Start();
        return thread;
    }
}
