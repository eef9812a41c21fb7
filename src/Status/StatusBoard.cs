using System.IO.MemoryMappedFiles;
using System.Text;

namespace StressMaps.Status;

/// <summary>
/// The worker side of the status board: the phase it is in and the user operations in flight, written to
/// a memory-mapped file so the parent can say what was running when it had to kill the worker, or when
/// the user's code ended the process. Detached (the default, and always outside a worker), every call
/// returns at once.
/// </summary>
public static class StatusBoard
{
    private static readonly object Gate = new();
    private static MemoryMappedViewAccessor? _view;
    private static long _sequence;

    /// <summary>Whether a board is attached (in a worker process).</summary>
    public static bool IsAttached => _view is not null;

    /// <summary>Attaches the board file at <paramref name="path"/> (created by the parent) for the rest of the process.</summary>
    public static void Attach(string path)
    {
        var file = MemoryMappedFile.CreateFromFile(path, FileMode.OpenOrCreate, null, StatusLayout.Size, MemoryMappedFileAccess.ReadWrite);
        _view = file.CreateViewAccessor(0, StatusLayout.Size);
    }

    /// <summary>Detaches the board: every call returns at once again.</summary>
    public static void Detach()
    {
        lock (Gate)
        {
            _view?.Dispose();
            _view = null;
        }
    }

    /// <summary>Enters a phase; <paramref name="watched"/> when it runs the user's code (the hang watchdog applies).</summary>
    public static void Phase(string text, bool watched)
    {
        if (_view is null)
        {
            return;
        }

        lock (Gate)
        {
            // Read again under the gate: Detach disposes the view under it.
            if (_view is not { } view)
            {
                return;
            }

            for (var slot = 0; slot < StatusLayout.SlotCount; slot++)
            {
                view.Write(StatusLayout.Slot(slot), 0L);
            }

            WriteText(view, StatusLayout.Phase, StatusLayout.PhaseBytes, text);
            view.Write(StatusLayout.Watched, watched ? 1L : 0L);
            Bump(view);
        }
    }

    /// <summary>
    /// A user operation begins; returns the slot to pass to <see cref="End"/>. The text is made only when
    /// attached, so <paramref name="operation"/>'s <c>ToString</c> must read no field of rewritten code
    /// (a field read there would be a scheduling point the detached run lacks).
    /// </summary>
    public static int Begin(object operation)
    {
        // The decision that let this operation run goes on file before the user's code can end the process.
        TraceJournal.CatchUp();
        if (_view is null)
        {
            return -1;
        }

        var text = operation.ToString() ?? "";
        lock (Gate)
        {
            if (_view is not { } view)
            {
                return -1;
            }

            var slot = FreeSlot(view);
            view.Write(StatusLayout.Slot(slot), ++_sequence);
            WriteText(view, StatusLayout.Slot(slot) + 8, StatusLayout.SlotBytes, text);
            Bump(view);
            return slot;
        }
    }

    /// <summary>What the board says now (empty when detached): the worker reads it to name an operation that never returned.</summary>
    public static StatusReading Read()
    {
        var bytes = new byte[StatusLayout.Size];
        lock (Gate)
        {
            if (_view is not { } view)
            {
                return StatusReading.Empty;
            }

            view.ReadArray(0, bytes, 0, bytes.Length);
        }

        return StatusReading.FromBytes(bytes);
    }

    /// <summary>The operation in <paramref name="slot"/> returned (or threw).</summary>
    public static void End(int slot)
    {
        if (_view is null || slot < 0)
        {
            return;
        }

        lock (Gate)
        {
            if (_view is not { } view)
            {
                return;
            }

            view.Write(StatusLayout.Slot(slot), 0L);
            Bump(view);
        }
    }

    // The oldest slot is reused when all are taken: the newest operations are what a watchdog needs.
    private static int FreeSlot(MemoryMappedViewAccessor view)
    {
        var oldest = 0;
        for (var slot = 0; slot < StatusLayout.SlotCount; slot++)
        {
            var sequence = view.ReadInt64(StatusLayout.Slot(slot));
            if (sequence == 0)
            {
                return slot;
            }

            if (sequence < view.ReadInt64(StatusLayout.Slot(oldest)))
            {
                oldest = slot;
            }
        }

        return oldest;
    }

    private static void Bump(MemoryMappedViewAccessor view) =>
        view.Write(StatusLayout.Progress, view.ReadInt64(StatusLayout.Progress) + 1);

    private static void WriteText(MemoryMappedViewAccessor view, int at, int capacity, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var length = Math.Min(bytes.Length, capacity);
        view.Write(at, length);
        view.WriteArray(at + 4, bytes, 0, length);
    }
}
