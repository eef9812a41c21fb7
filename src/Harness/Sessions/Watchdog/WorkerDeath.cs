using System.Globalization;
using StressMaps.Harness.Verdicts;
using StressMaps.Status;

namespace StressMaps.Harness.Sessions.Watchdog;

/// <summary>
/// Why a worker process stopped before answering, what it was doing, and the user's operation that was
/// running: the verdict of the cell it was exploring.
/// </summary>
/// <param name="Kind">How it stopped: one of the kinds that <see cref="VerdictKindWords.StopsTheWorker"/>.</param>
/// <param name="ExitCode">The process's exit code, or null when the watchdog killed it.</param>
/// <param name="Phase">What the worker was doing, from its status board, or null when it had said nothing.</param>
/// <param name="Operation">The user's operation that was running (the newest begun and not returned), or null.</param>
/// <param name="Detail">What else is known: the limit that was passed, or the head of what the process printed.</param>
public sealed record WorkerDeath(VerdictKind Kind, int? ExitCode, WorkerPhase? Phase, string? Operation, string Detail)
{
    /// <summary>How long the worker had been in its last phase when it died, as its parent saw it.</summary>
    public TimeSpan InPhase { get; init; }

    /// <summary>The trace steps of the schedule it was running, from its trace journal: what its cell's bundle is made from.</summary>
    public TraceJournalReading Journal { get; init; } = TraceJournalReading.Empty;

    /// <summary>One line: <c>hang: no operation began or returned for 5 s, while running set(b, 2)</c>.</summary>
    public string Message
    {
        get
        {
            var what = Kind switch
            {
                VerdictKind.Hang => $"hang: {Detail}",
                VerdictKind.Crashed => string.Create(CultureInfo.InvariantCulture, $"crashed: exit code {ExitCode}, the process ended on its own"),
                VerdictKind.StackOverflow => "stack overflow: the runtime aborted the process",
                _ => $"out of memory: {Detail}",
            };
            return Operation is null ? $"{what} ({Phase?.ToString() ?? "before the worker said what it was doing"})" : $"{what}, while running {Operation}";
        }
    }
}
