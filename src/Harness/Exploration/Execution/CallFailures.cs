using StressMaps.Harness.Targets.Operations;

namespace StressMaps.Harness.Exploration.Execution;

/// <summary>Which exceptions a target's member throws as an answer, and which stop the run.</summary>
public static class CallFailures
{
    /// <summary>
    /// Whether <paramref name="exception"/>, thrown by a target's member, is an answer compared by its type
    /// (<c>KeyNotFoundException</c>, <c>ArgumentException</c>): every exception is, except those Coyote
    /// throws to stop a schedule (a bug found elsewhere, the step bound), which must go through.
    /// </summary>
    public static bool IsAnswer(Exception exception) =>
        exception is not ThreadInterruptedException
        && exception.GetType().Namespace?.StartsWith("Microsoft.Coyote", StringComparison.Ordinal) != true;
}
