using System.Globalization;

namespace StressMaps.Harness.Bundles.Shrinking;

/// <summary>What shrinking did, in one line.</summary>
public static class ShrinkText
{
    /// <summary><c>: shrunk from 3 tasks, 7 ops, 110 steps, 6 preemptions to 2, 3, 12, 1 in 2.3 s</c>, or empty when not shrunk.</summary>
    public static string Of(ShrinkRecord? shrinking) => shrinking is { } shrink
        ? string.Create(CultureInfo.InvariantCulture,
            $": shrunk from {Size(shrink.Before)} to {Size(shrink.After)} in {shrink.Seconds:0.0} s ({shrink.CandidatesTried} candidates)")
        : "";

    /// <summary>A size as <c>2 tasks, 3 ops, 12 steps, 1 preemption(s)</c>.</summary>
    public static string Size(BugSize size) =>
        string.Create(CultureInfo.InvariantCulture, $"{size.Tasks} tasks, {size.Operations} ops, {size.Steps} steps, {size.Preemptions} preemptions");
}
