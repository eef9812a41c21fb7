namespace StressMaps.TestMaps;

/// <summary>The <see cref="OrderDesk"/> corrected: the order number is taken under the same lock as the order.</summary>
public sealed class LockedOrderDesk
{
    private readonly object _gate = new();
    private readonly List<string> _orders = [];

    public int Placed { get; private set; }

    public int Place(string item)
    {
        lock (_gate)
        {
            _orders.Add(item);
            return ++Placed;
        }
    }
}
