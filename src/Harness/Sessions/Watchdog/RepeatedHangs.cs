using System.Globalization;

namespace StressMaps.Harness.Sessions.Watchdog;

/// <summary>
/// The members a run has seen hang (a cell killed while one of them was running), each of its target, and the shorter
/// wait a later cell of that target gets while one of them runs again. The first hang of a member costs the whole hang timeout; each later
/// cell that calls it would cost as much again for the same cause (a class whose <c>Count</c> never returns hangs
/// in every cell that counts: 7 cells, 3.5 minutes of waiting at 30 s). A cell whose user code makes no progress
/// for <see cref="Timeout"/> while a member that already hung is running is killed as a hang of that member.
/// </summary>
public sealed class RepeatedHangs
{
    /// <summary>How long a member that already hung may run again without progress: above Coyote's own 2 s deadlock monitor.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    private readonly HashSet<(string Target, string Member)> _members = [];

    /// <summary>
    /// Notes that <paramref name="operation"/> (as the status board names it: <c>count()</c>, <c>set(b, 2)</c>) was running
    /// when <paramref name="cell"/> (<c>{scenario}.{target}</c>) hung.
    /// </summary>
    public void Hung(string? cell, string? operation)
    {
        if (MemberOf(operation) is { } member)
        {
            _members.Add((TargetOf(cell), member));
        }
    }

    /// <summary>
    /// The hang timeout while <paramref name="inFlight"/> run in <paramref name="cell"/>: <see cref="Timeout"/> when one of
    /// them already hung in a cell of the same target and that is shorter than <paramref name="limits"/>' own, otherwise the
    /// limits' own; and the operation in flight whose member already hung (<c>count()</c>): the one the hang is charged to.
    /// </summary>
    public (TimeSpan Timeout, string? Repeated) While(string? cell, IReadOnlyList<string> inFlight, WatchdogLimits limits)
    {
        if (Timeout >= limits.HangTimeout)
        {
            return (limits.HangTimeout, null);
        }

        var target = TargetOf(cell);
        var repeated = inFlight.FirstOrDefault(operation => MemberOf(operation) is { } member && _members.Contains((target, member)));
        return repeated is null ? (limits.HangTimeout, null) : (Timeout, repeated);
    }

    /// <summary>The words of a hang after the shorter timeout: what was seen, and why it was enough.</summary>
    public static string Detail(TimeSpan timeout, string operation) => string.Create(
        CultureInfo.InvariantCulture,
        $"no operation began or returned for {timeout.TotalSeconds:0.#} s, and {MemberOf(operation)} already hung in an earlier cell of this run (a member that hung before is given {Timeout.TotalSeconds:0.#} s, not the whole hang timeout)");

    // "count-after-adds.Cache" -> "Cache": scenario names hold no dot, target names may.
    private static string TargetOf(string? cell) => cell is null ? "" : cell.Split('.', 2) is [_, var target] ? target : cell;

    // "count()" -> "count"; "set(b, 2)" -> "set".
    private static string? MemberOf(string? operation) =>
        string.IsNullOrEmpty(operation) ? null : operation.Split('(', 2)[0].Trim() is { Length: > 0 } member ? member : null;
}
