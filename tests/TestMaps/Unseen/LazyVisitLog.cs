namespace StressMaps.TestMaps;

/// <summary>The <see cref="VisitLog"/> corrected: the list is created once, by a <see cref="Lazy{T}"/>.</summary>
public sealed class LazyVisitLog
{
    private readonly object _gate = new();
    private readonly Lazy<List<string>> _visits = new(() => []);

    public int Visit(string page)
    {
        var visits = _visits.Value;
        lock (_gate)
        {
            visits.Add(page);
            return visits.Count;
        }
    }

    public int CountOf(string page)
    {
        var visits = _visits.Value;
        lock (_gate)
        {
            return visits.Count(visit => visit == page);
        }
    }
}
