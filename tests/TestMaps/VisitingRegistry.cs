namespace StressMaps.TestMaps;

/// <summary>Correct, with a member StressMaps cannot call (it takes a delegate): that member is skipped, the rest explored.</summary>
public sealed class VisitingRegistry
{
    private readonly object _gate = new();
    private readonly Dictionary<string, int> _counts = [];

    public void Add(string name, int count)
    {
        lock (_gate)
        {
            _counts[name] = count;
        }
    }

    public int CountOf(string name)
    {
        lock (_gate)
        {
            return _counts.TryGetValue(name, out var count) ? count : 0;
        }
    }

    public void ForEach(Action<string, int> visit)
    {
        lock (_gate)
        {
            foreach (var (name, count) in _counts)
            {
                visit(name, count);
            }
        }
    }
}
