using StressMaps.Frames;

namespace StressMaps.Harness.Exploration.Coverage;

/// <summary>
/// A cell's interleaving coverage as stored in run.json (<c>cells[].coverage</c>): the conflicting access
/// pairs its schedules realised (see <see cref="CoverageRecorder"/>), how long since the last new one, and
/// how the count grew.
/// </summary>
/// <param name="Pairs">Distinct ordered pairs of conflicting accesses from two tasks.</param>
/// <param name="Schedules">Schedules that counted.</param>
/// <param name="SchedulesSinceNewPair">Schedules since the last one that added a pair (all of them when none did).</param>
/// <param name="Curve">The growth in a few points: pairs after so many schedules, the last point at <paramref name="Schedules"/>.</param>
/// <param name="Saturated">Whether the cell stopped because its coverage stopped growing (<see cref="SaturationRule"/>).</param>
public sealed record InterleavingCoverage(int Pairs, int Schedules, int SchedulesSinceNewPair, IReadOnlyList<CoveragePoint> Curve, bool Saturated)
{
    /// <summary>How a bug's detail starts the line naming the two accesses its schedule realised last.</summary>
    public const string MetLast = "Accesses that met last: ";

    /// <summary>Most points a curve keeps: enough to draw its shape in a small chart.</summary>
    public const int CurvePoints = 8;

    /// <summary>The coverage <paramref name="recorder"/> holds now.</summary>
    public static InterleavingCoverage Of(CoverageRecorder recorder, bool saturated)
    {
        var growth = recorder.Growth;
        var points = new List<CoveragePoint> { new(0, 0) };
        // Keep the first growth, evenly spaced ones between, and the last: the knee of the curve stays visible.
        var step = Math.Max(1, (growth.Count + CurvePoints - 3) / (CurvePoints - 2));
        for (var i = 0; i < growth.Count; i += step)
        {
            points.Add(new CoveragePoint(growth[i].Schedule, growth[i].Pairs));
        }

        if (growth.Count > 0 && points[^1].Schedules != growth[^1].Schedule)
        {
            points.Add(new CoveragePoint(growth[^1].Schedule, growth[^1].Pairs));
        }

        if (points[^1].Schedules != recorder.Schedules)
        {
            points.Add(new CoveragePoint(recorder.Schedules, recorder.PairCount));
        }

        return new InterleavingCoverage(recorder.PairCount, recorder.Schedules, recorder.Schedules - recorder.LastNewPairAt, points, saturated);
    }

    /// <summary>One line for the console: <c>14 pairs, none new in the last 300 of 400 schedules (saturated)</c>.</summary>
    public string Summary() =>
        $"{Pairs} {(Pairs == 1 ? "pair" : "pairs")}, none new in the last {SchedulesSinceNewPair} of {Schedules} schedules" +
        (Saturated ? $" (saturated after {Schedules} schedules)" : "");
}

/// <summary>A point of a coverage curve: <paramref name="Pairs"/> seen after <paramref name="Schedules"/> schedules.</summary>
public sealed record CoveragePoint(int Schedules, int Pairs);
