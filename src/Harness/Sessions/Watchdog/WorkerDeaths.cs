using System.Globalization;
using StressMaps.Harness.Verdicts;
using StressMaps.Status;

namespace StressMaps.Harness.Sessions.Watchdog;

/// <summary>Tells how a worker process died from what is left of it: why it was killed, its exit code, the head of its stderr, its status board.</summary>
public static class WorkerDeaths
{
    /// <summary>What the worker prints to stderr just before it ends itself on running out of memory.</summary>
    public const string OutOfMemoryMarker = "stressmaps-worker: out of memory";

    /// <summary>Why the watchdog ended a worker, if it did.</summary>
    public enum Kill
    {
        /// <summary>The worker ended on its own.</summary>
        None,

        /// <summary>Killed for making no progress within the hang timeout.</summary>
        Hang,

        /// <summary>Killed for using more memory than allowed.</summary>
        Memory,
    }

    /// <summary>The death of a worker with <paramref name="status"/> on its board, killed for <paramref name="kill"/> or ended with <paramref name="exitCode"/>.</summary>
    public static WorkerDeath Classify(Kill kill, int? exitCode, string stderrHead, StatusReading status, WatchdogLimits limits)
    {
        var phase = WorkerPhase.Parse(status.Phase);
        var operation = status.Running;
        // What the runtime printed wins over the watchdog's reason: printing megabytes of overflowing frames
        // can take longer than the hang timeout on a loaded machine.
        if (stderrHead.Contains("Stack overflow.", StringComparison.Ordinal))
        {
            return new WorkerDeath(VerdictKind.StackOverflow, exitCode, phase, operation ?? FirstUserFrame(stderrHead), Head(stderrHead));
        }

        if (kill == Kill.Memory || stderrHead.Contains(OutOfMemoryMarker, StringComparison.Ordinal)
            || stderrHead.Contains("OutOfMemoryException", StringComparison.Ordinal))
        {
            return new WorkerDeath(VerdictKind.OutOfMemory, exitCode, phase, operation,
                string.Create(CultureInfo.InvariantCulture, $"the worker passed its limit of {limits.MemoryLimitMegabytes} MB"));
        }

        return kill == Kill.Hang
            ? new WorkerDeath(VerdictKind.Hang, null, phase, operation,
                string.Create(CultureInfo.InvariantCulture, $"no operation began or returned for {limits.HangTimeout.TotalSeconds:0.#} s"))
            : new WorkerDeath(VerdictKind.Crashed, exitCode, phase, operation, Head(stderrHead));
    }

    // The runtime prints the overflowing frames; the deepest non-repeated one names the method when the board does not.
    private static string? FirstUserFrame(string stderr) =>
        stderr.Split('\n').Select(line => line.Trim()).FirstOrDefault(line => line.StartsWith("at ", StringComparison.Ordinal))?[3..];

    private static string Head(string stderr) => string.Join('\n', stderr.Split('\n').Take(12)).Trim();
}
