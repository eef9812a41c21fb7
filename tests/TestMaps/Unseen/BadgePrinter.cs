namespace StressMaps.TestMaps;

/// <summary>
/// BUG: numbers badges from a process-wide static counter bumped without a lock, so two badges printed
/// at once can get the same number. Coyote's pass puts no scheduling point before <c>ldsfld</c>/<c>stsfld</c>;
/// ours does. Each printer counts from where the counter stood when it opened.
/// </summary>
public sealed class BadgePrinter
{
    private static int s_printed;

    private readonly int _openedAt = s_printed;

    public int Print(string name) => ++s_printed - _openedAt;
}
