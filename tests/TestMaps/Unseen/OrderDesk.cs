namespace StressMaps.TestMaps;

/// <summary>
/// BUG: numbers its orders from an auto-property bumped outside the lock. <c>++Placed</c> is a call to
/// the getter and one to the setter; the field's load and store sit inside the accessors, where Coyote's
/// own pass puts no scheduling point, so two orders placed at once can get the same number.
/// </summary>
public sealed class OrderDesk
{
    private readonly object _gate = new();
    private readonly List<string> _orders = [];

    public int Placed { get; private set; }

    public int Place(string item)
    {
        lock (_gate)
        {
            _orders.Add(item);
        }

        return ++Placed;
    }
}
