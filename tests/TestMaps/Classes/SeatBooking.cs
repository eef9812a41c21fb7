namespace StressMaps.TestMaps.Classes;

/// <summary>
/// BUG: checks under the lock, awaits (a save, say), then writes: two callers booking one seat both find it
/// free and get two different tickets, where one at a time the second gets the first's.
/// </summary>
public sealed class SeatBooking
{
    private readonly object _gate = new();
    private readonly Dictionary<string, int> _tickets = [];
    private int _issued;

    public async Task<int> BookAsync(string seat, CancellationToken cancellation)
    {
        lock (_gate)
        {
            if (_tickets.TryGetValue(seat, out var ticket))
            {
                return ticket;
            }
        }

        await Task.Yield();
        cancellation.ThrowIfCancellationRequested();
        lock (_gate)
        {
            _tickets[seat] = ++_issued;
            return _issued;
        }
    }

    public int Booked
    {
        get
        {
            lock (_gate)
            {
                return _tickets.Count;
            }
        }
    }
}
