namespace StressMaps.TestMaps;

/// <summary>
/// BUG: creates its list lazily in a property getter, <c>_visits ??= []</c>, with no lock. Two first
/// visits can each see no list, each create one, and the list published first is replaced: its visit
/// disappears. The check and the assignment sit in the getter, where Coyote's pass puts no scheduling point.
/// </summary>
public sealed class VisitLog
{
    private readonly object _gate = new();
    private List<string>? _visits;

    private List<string> Visits => _visits ??= [];

    public int Visit(string page)
    {
        var visits = Visits;
        lock (_gate)
        {
            visits.Add(page);
            return visits.Count;
        }
    }

    public int CountOf(string page)
    {
        var visits = Visits;
        lock (_gate)
        {
            return visits.Count(visit => visit == page);
        }
    }
}
