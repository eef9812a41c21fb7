namespace StressMaps.TestMaps;

/// <summary>
/// BUG: books a seat by checking in one lock section and taking it in another, so two bookings of the
/// last seat both succeed. It shows only once a setup call has added seats: with none, both are refused.
/// </summary>
public sealed class TicketCounter
{
    private readonly object _gate = new();
    private readonly Dictionary<string, int> _seats = [];

    public void AddSeats(string show, int count)
    {
        lock (_gate)
        {
            _seats[show] = (_seats.TryGetValue(show, out var left) ? left : 0) + count;
        }
    }

    public bool Book(string show)
    {
        bool available;
        lock (_gate)
        {
            available = _seats.TryGetValue(show, out var left) && left > 0;
        }

        if (!available)
        {
            return false;
        }

        lock (_gate)
        {
            _seats[show]--;
        }

        return true;
    }

    public int SeatsLeft(string show)
    {
        lock (_gate)
        {
            return _seats.TryGetValue(show, out var left) ? left : 0;
        }
    }
}
