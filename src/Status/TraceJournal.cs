using System.IO.MemoryMappedFiles;
using System.Text;

namespace StressMaps.Status;

/// <summary>
/// The worker side of the trace journal: the Coyote trace steps of the schedule running now, appended as
/// the scheduler takes them to a memory-mapped file the parent reads after the worker died. A worker that
/// crashes, overflows its stack, runs out of memory or is killed for a hang leaves no trace of its own;
/// the journal is what its schedule's bundle is made from. Detached (the default, and always outside a
/// worker), every call returns at once.
/// </summary>
public static class TraceJournal
{
    private static readonly object Gate = new();
    private static MemoryMappedViewAccessor? _view;
    private static readonly TimeSpan PullPeriod = TimeSpan.FromMilliseconds(250);
    private static Action? _catchUp;
    private static Timer? _pulling;

    /// <summary>Whether a journal is attached (in a watched worker).</summary>
    public static bool IsAttached => _view is not null;

    /// <summary>Attaches the journal file at <paramref name="path"/> (created by the parent) for the rest of the process.</summary>
    public static void Attach(string path)
    {
        var file = MemoryMappedFile.CreateFromFile(path, FileMode.OpenOrCreate, null, TraceJournalLayout.Size, MemoryMappedFileAccess.ReadWrite);
        _view = file.CreateViewAccessor(0, TraceJournalLayout.Size);
    }

    /// <summary>Detaches the journal: every call returns at once again.</summary>
    public static void Detach()
    {
        lock (Gate)
        {
            _view?.Dispose();
            _view = null;
        }
    }

    /// <summary>
    /// Sets what pulls the scheduler's newest steps into the journal (null: nothing), called before each
    /// user operation begins (the decision that let it run is then on file before the user's code runs) and
    /// every 250 ms (a decision taken inside a call that then hangs is on file before the watchdog kills it).
    /// </summary>
    public static void PullWith(Action? catchUp)
    {
        lock (Gate)
        {
            _catchUp = catchUp;
            _pulling?.Dispose();
            _pulling = catchUp is null || _view is null ? null : new Timer(_ => CatchUp(), null, PullPeriod, PullPeriod);
        }
    }

    /// <summary>Pulls the scheduler's newest steps in, when something pulls them.</summary>
    public static void CatchUp() => _catchUp?.Invoke();

    /// <summary>A schedule starts: the journal is emptied and names <paramref name="iteration"/> (0-based within its exploration).</summary>
    public static void StartIteration(uint iteration)
    {
        lock (Gate)
        {
            if (_view is not { } view)
            {
                return;
            }

            view.Write(TraceJournalLayout.Steps, 0);
            view.Write(TraceJournalLayout.Bytes, 0);
            view.Write(TraceJournalLayout.Truncated, 0);
            view.Write(TraceJournalLayout.Iteration, iteration + 1L);
        }
    }

    /// <summary>Appends one step as Coyote writes it in a trace (<c>op(1:0),sp(Start),next(2:0)</c>); past the file's room, marks it truncated.</summary>
    public static void Append(string step)
    {
        lock (Gate)
        {
            if (_view is not { } view)
            {
                return;
            }

            var used = view.ReadInt32(TraceJournalLayout.Bytes);
            var bytes = Encoding.UTF8.GetBytes(step + "\n");
            if (TraceJournalLayout.Text + used + bytes.Length > TraceJournalLayout.Size)
            {
                view.Write(TraceJournalLayout.Truncated, 1);
                return;
            }

            // The text first, then the counts: a process that dies between the two leaves the step out, never half of it.
            view.WriteArray(TraceJournalLayout.Text + used, bytes, 0, bytes.Length);
            view.Write(TraceJournalLayout.Bytes, used + bytes.Length);
            view.Write(TraceJournalLayout.Steps, view.ReadInt32(TraceJournalLayout.Steps) + 1);
        }
    }
}
