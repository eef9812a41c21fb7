using StressMaps.Harness.Exploration.Execution;

namespace StressMaps.Harness.Oracles;

/// <summary>
/// Says a crash on a target class in the user's words: which call handed out what, which task was
/// reading it, and which call on the target ran meanwhile (the writer).
/// </summary>
public static class HandOutExplanation
{
    /// <summary>
    /// The explanation of a bug reported as <paramref name="bugMessage"/>, from the calls of the schedule
    /// Coyote stopped, or null when no task was using what it had been handed.
    /// </summary>
    public static string? For(string bugMessage, CallsInFlight calls, string typeName)
    {
        var reader = calls.Running.FirstOrDefault(call => call.ReceivedFrom is not null);
        if (reader is null)
        {
            return null;
        }

        // The writer is still in its call when Coyote's race check fires; "Collection was modified" comes after it returned.
        var writers = calls.Running.Where(call => call.ReceivedFrom is null && call.Task != reader.Task).ToList();
        var returned = writers.Count == 0;
        if (returned)
        {
            writers = calls.LastReturned.Where(call => call.ReceivedFrom is null && call.Task != reader.Task && call.Task != 0).ToList();
        }

        var writer = writers.Count == 0
            ? "another task's call"
            : string.Join(" and ", writers.Select(call => $"task {call.Task} {(returned ? "had called" : "called")} {call.Call}"));
        return $"{reader.ReceivedFrom} handed out {typeName}'s live collection, not a copy: task {reader.Task} was reading it " +
            $"({reader.Call}) while {writer} on {typeName}, which wrote it. {FirstLine(bugMessage)}";
    }

    /// <summary>
    /// Which member of <paramref name="typeName"/> handed out the collection a task of <paramref name="calls"/> was
    /// using, and what it was, or null when no task was using what it had been handed.
    /// </summary>
    public static Exploration.Bugs.HandOutSite? SiteOf(CallsInFlight calls, string typeName) =>
        calls.Running.FirstOrDefault(call => call.ReceivedFrom is not null)?.ReceivedFrom is { } from && from.Split(" -> ", 2) is [var call, var collection]
            ? new Exploration.Bugs.HandOutSite(typeName, call.Split('(')[0], collection)
            : null;

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();
}
