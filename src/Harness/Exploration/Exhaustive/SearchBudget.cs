using System.Globalization;

namespace StressMaps.Harness.Exploration.Exhaustive;

/// <summary>
/// How far an exhaustive search may go per cell: at most <see cref="Schedules"/> schedules, at most
/// <see cref="Time"/> of wall clock, or both (whichever comes first). A search stopped by its budget
/// is never a proof.
/// </summary>
/// <param name="Schedules">The most schedules the engine may run, or null for no count limit.</param>
/// <param name="Time">The most wall-clock time, or null for no time limit.</param>
public sealed record SearchBudget(uint? Schedules, TimeSpan? Time)
{
    /// <summary>
    /// The default budget: 30 minutes per cell, long enough to prove every two-task cell of the
    /// built-in matrix on a busy 2-core machine (the largest, writer-vs-reader × clone, took 14 minutes).
    /// </summary>
    public static SearchBudget Default { get; } = new(null, TimeSpan.FromMinutes(30));

    /// <summary>
    /// Parses one or two limits: a whole number of schedules (<c>100000</c>) and a duration in
    /// seconds or minutes (<c>60s</c>, <c>10m</c>). Throws <see cref="FormatException"/> with one clear line.
    /// </summary>
    public static SearchBudget Parse(IEnumerable<string> limits)
    {
        uint? schedules = null;
        TimeSpan? time = null;
        foreach (var limit in limits.SelectMany(value => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (TryParseTime(limit) is { } parsedTime)
            {
                time = time is null ? parsedTime : throw new FormatException("give --budget at most one time limit.");
            }
            else if (uint.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0)
            {
                schedules = schedules is null ? count : throw new FormatException("give --budget at most one schedule count.");
            }
            else
            {
                throw new FormatException(
                    $"'{limit}' is no budget; give a number of schedules (100000) or a time (60s, 10m), or both (100000,60s).");
            }
        }

        return schedules is null && time is null
            ? throw new FormatException("--budget needs a number of schedules (100000) or a time (60s, 10m).")
            : new SearchBudget(schedules, time);
    }

    /// <summary>The budget as a person reads it: <c>100,000 schedules</c>, <c>30 min</c>, <c>100,000 schedules or 90 s</c>.</summary>
    public override string ToString() => string.Join(" or ", new[]
    {
        Schedules is { } count ? count.ToString("N0", CultureInfo.InvariantCulture) + " schedules" : null,
        Time is { } time ? Duration(time) : null,
    }.Where(part => part is not null));

    private static string Duration(TimeSpan time) => time.TotalSeconds % 60 == 0 && time.TotalMinutes >= 1
        ? time.TotalMinutes.ToString("0", CultureInfo.InvariantCulture) + " min"
        : time.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";

    private static TimeSpan? TryParseTime(string text)
    {
        var unit = text.Length > 1 ? text[^1] : ' ';
        var seconds = unit switch { 's' => 1, 'm' => 60, _ => 0 };
        return seconds > 0
            && double.TryParse(text[..^1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
            && amount > 0 && amount * seconds <= int.MaxValue
            ? TimeSpan.FromSeconds(amount * seconds)
            : null;
    }
}
